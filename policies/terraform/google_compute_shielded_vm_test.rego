package platlint.terraform.google_compute_shielded_vm_test

import data.platlint.terraform.google_compute_shielded_vm as rule

test_no_block_means_no_secure_boot if {
	r := rule.deny with input as {"resource": {"google_compute_instance": {"vm": {"machine_type": "e2-small"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "google_compute_instance", "vm"]
	contains(f.msg, "enable_secure_boot")
}

test_vtpm_disabled_points_at_the_flag if {
	r := rule.deny with input as {"resource": {"google_compute_instance_template": {"t": {"shielded_instance_config": [{
		"enable_secure_boot": true,
		"enable_vtpm": false,
	}]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "google_compute_instance_template", "t", "shielded_instance_config", 0, "enable_vtpm"]
}

test_block_without_secure_boot_points_at_the_block if {
	r := rule.deny with input as {"resource": {"google_compute_instance": {"vm": {"shielded_instance_config": [{"enable_integrity_monitoring": true}]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "google_compute_instance", "vm", "shielded_instance_config", 0]
}

test_full_shielded_vm_is_fine if {
	count(rule.deny) == 0 with input as {"resource": {"google_compute_instance": {
		"a": {"shielded_instance_config": [{"enable_secure_boot": true}]},
		"b": {"shielded_instance_config": [{"enable_secure_boot": true, "enable_vtpm": true, "enable_integrity_monitoring": true}]},
		"c": {"shielded_instance_config": [{"enable_secure_boot": "${var.secure_boot}"}]},
	}}}
}
