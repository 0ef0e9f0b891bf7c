package platlint.terraform.s3_public_access_block_test

import data.platlint.terraform.s3_public_access_block as pab

full := {
	"bucket": "${aws_s3_bucket.data.id}",
	"block_public_acls": true,
	"block_public_policy": true,
	"ignore_public_acls": true,
	"restrict_public_buckets": true,
}

test_bucket_without_block if {
	r := pab.deny with input as {"resource": {"aws_s3_bucket": {"data": {"bucket": "acme-data"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_s3_bucket", "data"]
}

test_block_by_reference_is_fine if {
	count(pab.deny) == 0 with input as {"resource": {
		"aws_s3_bucket": {"data": {"bucket": "acme-data"}},
		"aws_s3_bucket_public_access_block": {"data": full},
	}}
}

test_block_by_literal_name_is_fine if {
	count(pab.deny) == 0 with input as {"resource": {
		"aws_s3_bucket": {"data": {"bucket": "acme-data"}},
		"aws_s3_bucket_public_access_block": {"data": object.union(full, {"bucket": "acme-data"})},
	}}
}

test_block_for_another_bucket_does_not_count if {
	r := pab.deny with input as {"resource": {
		"aws_s3_bucket": {"data": {"bucket": "acme-data"}, "other": {"bucket": "acme-other"}},
		"aws_s3_bucket_public_access_block": {"data": full},
	}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_s3_bucket", "other"]
}

test_flag_false_points_at_the_attribute if {
	r := pab.deny with input as {"resource": {
		"aws_s3_bucket": {"data": {"bucket": "acme-data"}},
		"aws_s3_bucket_public_access_block": {"data": object.union(full, {"restrict_public_buckets": false})},
	}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_s3_bucket_public_access_block", "data", "restrict_public_buckets"]
}

test_flag_missing_points_at_the_block if {
	r := pab.deny with input as {"resource": {"aws_s3_bucket_public_access_block": {"data": object.remove(full, ["ignore_public_acls"])}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_s3_bucket_public_access_block", "data"]
}

test_flag_from_variable_is_not_flagged if {
	count(pab.deny) == 0 with input as {"resource": {"aws_s3_bucket_public_access_block": {"data": object.union(full, {"block_public_acls": "${var.strict}"})}}}
}

test_for_each_block_over_buckets_is_fine if {
	count(pab.deny) == 0 with input as {"resource": {
		"aws_s3_bucket": {"lake": {"for_each": "${toset(var.zones)}", "bucket": "acme-${each.key}"}},
		"aws_s3_bucket_public_access_block": {"lake": object.union(full, {"for_each": "${aws_s3_bucket.lake}", "bucket": "${each.value.id}"})},
	}}
}
