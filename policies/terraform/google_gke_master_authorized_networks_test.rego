package platlint.terraform.google_gke_master_authorized_networks_test

import data.platlint.terraform.google_gke_master_authorized_networks as rule

cluster(body) := {"resource": {"google_container_cluster": {"gke": body}}}

test_missing_points_at_the_cluster if {
	r := rule.deny with input as cluster({"name": "gke", "private_cluster_config": [{"enable_private_nodes": true}]})
	count(r) == 1
	some f in r
	f.path == ["resource", "google_container_cluster", "gke"]
}

test_world_cidr if {
	r := rule.deny with input as cluster({"master_authorized_networks_config": [{"cidr_blocks": [
		{"cidr_block": "203.0.113.0/24", "display_name": "office"},
		{"cidr_block": "0.0.0.0/0", "display_name": "all"},
	]}]})
	count(r) == 1
	some f in r
	f.path == ["resource", "google_container_cluster", "gke", "master_authorized_networks_config", 0, "cidr_blocks", 1, "cidr_block"]
}

test_restricted_networks_are_fine if {
	count(rule.deny) == 0 with input as cluster({"master_authorized_networks_config": [{"cidr_blocks": [{"cidr_block": "203.0.113.0/24"}]}]})
}

test_private_endpoint_is_fine if {
	count(rule.deny) == 0 with input as cluster({"private_cluster_config": [{"enable_private_nodes": true, "enable_private_endpoint": true}]})
}

test_dns_endpoint_only_is_fine if {
	count(rule.deny) == 0 with input as cluster({"control_plane_endpoints_config": [{
		"dns_endpoint_config": [{"allow_external_traffic": true}],
		"ip_endpoints_config": [{"enabled": false}],
	}]})
}
