package platlint.terraform.google_compute_serial_port_test

import data.platlint.terraform.google_compute_serial_port as rule

test_instance_serial_port if {
	r := rule.deny with input as {"resource": {"google_compute_instance": {"vm": {"metadata": {"serial-port-enable": "TRUE"}}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "google_compute_instance", "vm", "metadata", "serial-port-enable"]
}

test_template_serial_port_bool if {
	r := rule.deny with input as {"resource": {"google_compute_instance_template": {"t": {"metadata": {"serial-port-enable": true}}}}}
	count(r) == 1
}

test_project_metadata_item if {
	r := rule.deny with input as {"resource": {"google_compute_project_metadata_item": {"serial": {"key": "serial-port-enable", "value": "1"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "google_compute_project_metadata_item", "serial", "value"]
}

test_project_metadata if {
	r := rule.deny with input as {"resource": {"google_compute_project_metadata": {"default": {"metadata": {"serial-port-enable": "true", "enable-oslogin": "TRUE"}}}}}
	count(r) == 1
}

test_disabled_or_absent_is_fine if {
	count(rule.deny) == 0 with input as {"resource": {
		"google_compute_instance": {
			"a": {"metadata": {"serial-port-enable": "false"}},
			"b": {"metadata": {"enable-oslogin": "TRUE"}},
			"c": {"machine_type": "e2-small"},
		},
		"google_compute_project_metadata_item": {"oslogin": {"key": "enable-oslogin", "value": "TRUE"}},
	}}
}
