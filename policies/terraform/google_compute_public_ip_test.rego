package platlint.terraform.google_compute_public_ip_test

import data.platlint.terraform.google_compute_public_ip as rule

test_access_config if {
	r := rule.deny with input as {"resource": {"google_compute_instance": {"bastion": {"network_interface": [{
		"subnetwork": "${google_compute_subnetwork.app.id}",
		"access_config": [{}],
	}]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "google_compute_instance", "bastion", "network_interface", 0, "access_config", 0]
}

test_ipv6_access_config_in_template if {
	r := rule.deny with input as {"resource": {"google_compute_instance_template": {"t": {"network_interface": [{"ipv6_access_config": [{"network_tier": "PREMIUM"}]}]}}}}
	count(r) == 1
}

test_internal_only_is_fine if {
	count(rule.deny) == 0 with input as {"resource": {"google_compute_instance": {"app": {"network_interface": [{"subnetwork": "${google_compute_subnetwork.app.id}"}]}}}}
}
