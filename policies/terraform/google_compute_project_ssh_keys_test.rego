package platlint.terraform.google_compute_project_ssh_keys_test

import data.platlint.terraform.google_compute_project_ssh_keys as rule

test_no_metadata_points_at_the_instance if {
	r := rule.deny with input as {"resource": {"google_compute_instance": {"vm": {"machine_type": "e2-small"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "google_compute_instance", "vm"]
}

test_metadata_without_the_key_points_at_metadata if {
	r := rule.deny with input as {"resource": {"google_compute_instance_template": {"t": {"metadata": {"startup-script": "echo hi"}}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "google_compute_instance_template", "t", "metadata"]
}

test_block_false_points_at_the_key if {
	r := rule.deny with input as {"resource": {"google_compute_instance": {"vm": {"metadata": {"block-project-ssh-keys": "false"}}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "google_compute_instance", "vm", "metadata", "block-project-ssh-keys"]
}

test_blocked_or_os_login_is_fine if {
	count(rule.deny) == 0 with input as {"resource": {"google_compute_instance": {
		"a": {"metadata": {"block-project-ssh-keys": true}},
		"b": {"metadata": {"enable-oslogin": "TRUE"}},
		"c": {"metadata": "${merge(local.common_metadata, {role = \"web\"})}"},
	}}}
}

test_project_os_login_in_the_same_configuration_is_fine if {
	count(rule.deny) == 0 with input as {"resource": {
		"google_compute_project_metadata_item": {"oslogin": {"key": "enable-oslogin", "value": "TRUE"}},
		"google_compute_instance": {"vm": {"machine_type": "e2-small"}},
	}}
}

test_instance_opting_out_of_project_os_login if {
	r := rule.deny with input as {"resource": {
		"google_compute_project_metadata": {"p": {"metadata": {"enable-oslogin": "TRUE"}}},
		"google_compute_instance": {"vm": {"metadata": {"enable-oslogin": "FALSE"}}},
	}}
	count(r) == 1
}
