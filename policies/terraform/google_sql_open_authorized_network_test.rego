package platlint.terraform.google_sql_open_authorized_network_test

import data.platlint.terraform.google_sql_open_authorized_network as rule

instance(ip) := {"resource": {"google_sql_database_instance": {"db": {
	"database_version": "POSTGRES_16",
	"settings": [{"tier": "db-custom-2-7680", "ip_configuration": [ip]}],
}}}}

test_world_network if {
	r := rule.deny with input as instance({"ipv4_enabled": true, "authorized_networks": [
		{"name": "office", "value": "203.0.113.0/24"},
		{"name": "anyone", "value": "0.0.0.0/0"},
	]})
	count(r) == 1
	some f in r
	f.path == ["resource", "google_sql_database_instance", "db", "settings", 0, "ip_configuration", 0, "authorized_networks", 1, "value"]
}

test_world_network_with_default_ipv4 if {
	r := rule.deny with input as instance({"authorized_networks": [{"value": "0.0.0.0/0"}]})
	count(r) == 1
}

test_narrow_networks_are_fine if {
	count(rule.deny) == 0 with input as instance({"authorized_networks": [
		{"name": "office", "value": "203.0.113.0/24"},
		{"name": "vpn", "value": "${var.vpn_cidr}"},
	]})
}

test_private_only_is_fine if {
	count(rule.deny) == 0 with input as instance({"ipv4_enabled": false, "private_network": "${google_compute_network.vpc.id}"})
}
