package platlint.terraform.ec2_block_device_unencrypted_test

import data.platlint.terraform.ec2_block_device_unencrypted as p

test_root_block_device_without_encryption if {
	r := p.deny with input as {"resource": {"aws_instance": {"web": {"root_block_device": [{"volume_size": 20}]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_instance", "web", "root_block_device", 0]
	f.msg == "aws_instance.web root_block_device does not set encrypted = true"
}

test_launch_template_string_false_points_at_attribute if {
	r := p.deny with input as {"resource": {"aws_launch_template": {"web": {"block_device_mappings": [{
		"device_name": "/dev/xvda",
		"ebs": [{"volume_size": 20, "encrypted": "false"}],
	}]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_launch_template", "web", "block_device_mappings", 0, "ebs", 0, "encrypted"]
}

test_ebs_block_device_of_launch_configuration if {
	count(p.deny) == 1 with input as {"resource": {"aws_launch_configuration": {"web": {"ebs_block_device": [{"device_name": "/dev/sdf", "encrypted": false}]}}}}
}

test_encrypted_devices_are_fine if {
	count(p.deny) == 0 with input as {"resource": {
		"aws_instance": {"web": {"root_block_device": [{"encrypted": true}], "ebs_block_device": [{"encrypted": "${var.encrypt}"}]}},
		"aws_launch_template": {"web": {"block_device_mappings": [{"device_name": "/dev/xvda", "ebs": [{"encrypted": "true"}]}]}},
	}}
}

test_no_block_device_is_not_flagged if {
	count(p.deny) == 0 with input as {"resource": {"aws_instance": {"web": {"ami": "ami-1"}}}}
}

test_snapshot_device_and_ephemeral_are_fine if {
	count(p.deny) == 0 with input as {"resource": {
		"aws_instance": {"web": {"ebs_block_device": [{"snapshot_id": "snap-1"}]}},
		"aws_launch_template": {"web": {"block_device_mappings": [{"device_name": "/dev/sdb", "virtual_name": "ephemeral0"}]}},
	}}
}

test_encryption_by_default_covers_devices if {
	count(p.deny) == 0 with input as {"resource": {
		"aws_ebs_encryption_by_default": {"this": {}},
		"aws_instance": {"web": {"root_block_device": [{"volume_size": 20}]}},
	}}
}

test_instance_from_template_inherits_unset_encryption if {
	count(p.deny) == 0 with input as {"resource": {"aws_instance": {"web": {
		"launch_template": [{"id": "${aws_launch_template.web.id}"}],
		"root_block_device": [{"volume_size": 50}],
	}}}}
}

test_instance_from_template_with_explicit_false if {
	count(p.deny) == 1 with input as {"resource": {"aws_instance": {"web": {
		"launch_template": [{"id": "${aws_launch_template.web.id}"}],
		"root_block_device": [{"volume_size": 50, "encrypted": false}],
	}}}}
}
