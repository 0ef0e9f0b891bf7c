package platlint.terraform.google_gke_private_nodes_test

import data.platlint.terraform.google_gke_private_nodes as rule

test_no_private_cluster_config if {
	r := rule.deny with input as {"resource": {"google_container_cluster": {"gke": {"name": "gke"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "google_container_cluster", "gke"]
}

test_private_nodes_false if {
	r := rule.deny with input as {"resource": {"google_container_cluster": {"gke": {"private_cluster_config": [{"enable_private_nodes": false}]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "google_container_cluster", "gke", "private_cluster_config", 0, "enable_private_nodes"]
}

test_block_without_flag_points_at_block if {
	r := rule.deny with input as {"resource": {"google_container_cluster": {"gke": {"private_cluster_config": [{"enable_private_endpoint": false}]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "google_container_cluster", "gke", "private_cluster_config", 0]
}

test_private_nodes_are_fine if {
	count(rule.deny) == 0 with input as {"resource": {"google_container_cluster": {
		"a": {"private_cluster_config": [{"enable_private_nodes": true}]},
		"b": {"private_cluster_config": [{"enable_private_nodes": "${var.enable_private_nodes}"}]},
	}}}
}
