package platlint.terraform.google_gke_network_policy_test

import data.platlint.terraform.google_gke_network_policy as rule

test_nothing_set if {
	r := rule.deny with input as {"resource": {"google_container_cluster": {"gke": {"name": "gke"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "google_container_cluster", "gke"]
}

test_network_policy_disabled if {
	r := rule.deny with input as {"resource": {"google_container_cluster": {"gke": {"network_policy": [{"enabled": false}]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "google_container_cluster", "gke", "network_policy", 0, "enabled"]
}

test_legacy_datapath if {
	r := rule.deny with input as {"resource": {"google_container_cluster": {"gke": {"datapath_provider": "LEGACY_DATAPATH"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "google_container_cluster", "gke", "datapath_provider"]
}

test_enforcing_clusters_are_fine if {
	count(rule.deny) == 0 with input as {"resource": {"google_container_cluster": {
		"calico": {"network_policy": [{"enabled": true, "provider": "CALICO"}]},
		"dpv2": {"datapath_provider": "ADVANCED_DATAPATH"},
		"autopilot": {"enable_autopilot": true},
	}}}
}
