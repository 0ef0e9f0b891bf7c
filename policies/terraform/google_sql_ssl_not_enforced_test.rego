package platlint.terraform.google_sql_ssl_not_enforced_test

import data.platlint.terraform.google_sql_ssl_not_enforced as rule

instance(ip) := {"resource": {"google_sql_database_instance": {"db": {
	"database_version": "POSTGRES_16",
	"settings": [{"tier": "db-custom-2-7680", "ip_configuration": [ip]}],
}}}}

test_allow_unencrypted_mode if {
	r := rule.deny with input as instance({"ssl_mode": "ALLOW_UNENCRYPTED_AND_ENCRYPTED"})
	count(r) == 1
	some f in r
	f.path == ["resource", "google_sql_database_instance", "db", "settings", 0, "ip_configuration", 0, "ssl_mode"]
}

test_require_ssl_false if {
	r := rule.deny with input as instance({"require_ssl": false})
	count(r) == 1
	some f in r
	f.path == ["resource", "google_sql_database_instance", "db", "settings", 0, "ip_configuration", 0, "require_ssl"]
}

test_nothing_set_points_at_ip_configuration if {
	r := rule.deny with input as instance({"ipv4_enabled": false})
	count(r) == 1
	some f in r
	f.path == ["resource", "google_sql_database_instance", "db", "settings", 0, "ip_configuration", 0]
}

test_no_ip_configuration_points_at_settings if {
	r := rule.deny with input as {"resource": {"google_sql_database_instance": {"db": {"settings": [{"tier": "db-f1-micro"}]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "google_sql_database_instance", "db", "settings", 0]
}

test_encrypted_modes_are_fine if {
	count(rule.deny) == 0 with input as instance({"ssl_mode": "ENCRYPTED_ONLY"})
	count(rule.deny) == 0 with input as instance({"ssl_mode": "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"})
	count(rule.deny) == 0 with input as instance({"require_ssl": true})
	count(rule.deny) == 0 with input as instance({"ssl_mode": "${var.ssl_mode}"})
}

test_ssl_mode_wins_over_legacy_require_ssl if {
	count(rule.deny) == 0 with input as instance({"ssl_mode": "ENCRYPTED_ONLY", "require_ssl": false})
}
