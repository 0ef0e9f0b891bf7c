package platlint.terraform.ebs_volume_unencrypted_test

import data.platlint.terraform.ebs_volume_unencrypted as p

test_volume_without_encryption if {
	r := p.deny with input as {"resource": {"aws_ebs_volume": {"data": {"availability_zone": "eu-west-1a", "size": 100}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_ebs_volume", "data"]
}

test_volume_encrypted_false_points_at_attribute if {
	r := p.deny with input as {"resource": {"aws_ebs_volume": {"data": {"size": 100, "encrypted": false}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_ebs_volume", "data", "encrypted"]
}

test_encrypted_volume_is_fine if {
	count(p.deny) == 0 with input as {"resource": {"aws_ebs_volume": {"data": {"size": 100, "encrypted": true, "kms_key_id": "${aws_kms_key.ebs.arn}"}}}}
}

test_volume_from_snapshot_inherits if {
	count(p.deny) == 0 with input as {"resource": {"aws_ebs_volume": {"data": {"snapshot_id": "${var.snapshot_id}"}}}}
}

test_encryption_by_default_covers_everything if {
	count(p.deny) == 0 with input as {"resource": {
		"aws_ebs_encryption_by_default": {"this": {"enabled": true}},
		"aws_ebs_volume": {"data": {"size": 100}},
		"aws_ebs_snapshot_copy": {"dr": {"source_snapshot_id": "snap-1", "source_region": "eu-west-1"}},
	}}
}

test_encryption_by_default_disabled_does_not_cover if {
	count(p.deny) == 1 with input as {"resource": {
		"aws_ebs_encryption_by_default": {"this": {"enabled": false}},
		"aws_ebs_volume": {"data": {"size": 100}},
	}}
}

test_snapshot_copy_without_encryption if {
	r := p.deny with input as {"resource": {"aws_ebs_snapshot_copy": {"dr": {"source_snapshot_id": "snap-1", "source_region": "eu-west-1"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_ebs_snapshot_copy", "dr"]
}

test_snapshot_copy_of_encrypted_volume_is_fine if {
	count(p.deny) == 0 with input as {"resource": {
		"aws_ebs_volume": {"data": {"size": 100, "encrypted": true}},
		"aws_ebs_snapshot": {"data": {"volume_id": "${aws_ebs_volume.data.id}"}},
		"aws_ebs_snapshot_copy": {"dr": {"source_snapshot_id": "${aws_ebs_snapshot.data.id}", "source_region": "eu-west-1"}},
	}}
}
