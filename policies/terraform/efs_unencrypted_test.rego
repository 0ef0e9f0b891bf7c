package platlint.terraform.efs_unencrypted_test

import data.platlint.terraform.efs_unencrypted as p

test_file_system_without_encryption if {
	r := p.deny with input as {"resource": {"aws_efs_file_system": {"shared": {"creation_token": "shared"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_efs_file_system", "shared"]
}

test_encrypted_false_points_at_attribute if {
	r := p.deny with input as {"resource": {"aws_efs_file_system": {"shared": {"encrypted": false}}}}
	some f in r
	f.path == ["resource", "aws_efs_file_system", "shared", "encrypted"]
}

test_encrypted_is_fine if {
	count(p.deny) == 0 with input as {"resource": {"aws_efs_file_system": {"shared": {"encrypted": true, "kms_key_id": "${aws_kms_key.efs.arn}"}}}}
}
