package platlint.terraform.google_sql_public_ip_test

import data.platlint.terraform.google_sql_public_ip as rule

instance(settings) := {"resource": {"google_sql_database_instance": {"db": {"settings": [settings]}}}}

test_default_public_ip_points_at_settings if {
	r := rule.deny with input as instance({"tier": "db-f1-micro"})
	count(r) == 1
	some f in r
	f.path == ["resource", "google_sql_database_instance", "db", "settings", 0]
}

test_explicit_public_ip if {
	r := rule.deny with input as instance({"ip_configuration": [{"ipv4_enabled": true}]})
	count(r) == 1
	some f in r
	f.path == ["resource", "google_sql_database_instance", "db", "settings", 0, "ip_configuration", 0, "ipv4_enabled"]
}

test_ip_configuration_without_ipv4_enabled if {
	r := rule.deny with input as instance({"ip_configuration": [{"ssl_mode": "ENCRYPTED_ONLY"}]})
	count(r) == 1
	some f in r
	f.path == ["resource", "google_sql_database_instance", "db", "settings", 0, "ip_configuration", 0]
}

test_private_ip_is_fine if {
	count(rule.deny) == 0 with input as instance({"ip_configuration": [{"ipv4_enabled": false, "private_network": "${google_compute_network.vpc.id}"}]})
	count(rule.deny) == 0 with input as instance({"ip_configuration": [{"ipv4_enabled": "${var.public_ip}"}]})
}
