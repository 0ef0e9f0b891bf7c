package platlint.terraform.google_gke_workload_identity_test

import data.platlint.terraform.google_gke_workload_identity as rule

test_cluster_without_workload_identity if {
	r := rule.deny with input as {"resource": {"google_container_cluster": {"gke": {"name": "gke"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "google_container_cluster", "gke"]
}

test_node_pool_exposing_metadata if {
	r := rule.deny with input as {"resource": {"google_container_node_pool": {"pool": {"node_config": [{"workload_metadata_config": [{"mode": "GCE_METADATA"}]}]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "google_container_node_pool", "pool", "node_config", 0, "workload_metadata_config", 0, "mode"]
}

test_workload_identity_is_fine if {
	count(rule.deny) == 0 with input as {"resource": {
		"google_container_cluster": {
			"a": {"workload_identity_config": [{"workload_pool": "${var.project_id}.svc.id.goog"}]},
			"b": {"workload_identity_config": [{"identity_namespace": "acme-prod.svc.id.goog"}]},
			"c": {"enable_autopilot": true},
		},
		"google_container_node_pool": {"pool": {"node_config": [{"workload_metadata_config": [{"mode": "GKE_METADATA"}]}]}},
	}}
}
