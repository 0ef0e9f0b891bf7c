package platlint.terraform.google_gke_legacy_abac_test

import data.platlint.terraform.google_gke_legacy_abac as rule

test_abac_enabled if {
	r := rule.deny with input as {"resource": {"google_container_cluster": {"gke": {"enable_legacy_abac": true}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "google_container_cluster", "gke", "enable_legacy_abac"]
}

test_default_or_false_is_fine if {
	count(rule.deny) == 0 with input as {"resource": {"google_container_cluster": {
		"a": {"name": "a"},
		"b": {"enable_legacy_abac": false},
	}}}
}
