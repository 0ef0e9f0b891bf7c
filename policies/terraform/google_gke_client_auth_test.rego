package platlint.terraform.google_gke_client_auth_test

import data.platlint.terraform.google_gke_client_auth as rule

test_client_certificate if {
	r := rule.deny with input as {"resource": {"google_container_cluster": {"gke": {"master_auth": [{"client_certificate_config": [{"issue_client_certificate": true}]}]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "google_container_cluster", "gke", "master_auth", 0, "client_certificate_config", 0, "issue_client_certificate"]
}

test_basic_auth_is_one_finding if {
	r := rule.deny with input as {"resource": {"google_container_cluster": {"gke": {"master_auth": [{"username": "admin", "password": "${var.password}"}]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "google_container_cluster", "gke", "master_auth", 0, "username"]
}

test_disabled_is_fine if {
	count(rule.deny) == 0 with input as {"resource": {"google_container_cluster": {
		"a": {"master_auth": [{"client_certificate_config": [{"issue_client_certificate": false}]}]},
		"b": {"master_auth": [{"username": "", "password": ""}]},
		"c": {"name": "c"},
	}}}
}
