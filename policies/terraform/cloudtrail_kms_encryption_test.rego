package platlint.terraform.cloudtrail_kms_encryption_test

import data.platlint.terraform.cloudtrail_kms_encryption as enc

test_trail_without_key if {
	r := enc.deny with input as {"resource": {"aws_cloudtrail": {"main": {"name": "main"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_cloudtrail", "main"]
}

test_empty_key_points_at_the_attribute if {
	r := enc.deny with input as {"resource": {"aws_cloudtrail": {"main": {"kms_key_id": ""}}}}
	some f in r
	f.path == ["resource", "aws_cloudtrail", "main", "kms_key_id"]
}

test_key_by_reference_is_fine if {
	count(enc.deny) == 0 with input as {"resource": {"aws_cloudtrail": {"main": {"kms_key_id": "${aws_kms_key.trail.arn}"}}}}
}
