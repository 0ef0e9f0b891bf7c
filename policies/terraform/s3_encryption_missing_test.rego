package platlint.terraform.s3_encryption_missing_test

import data.platlint.terraform.s3_encryption_missing as p

sse := {"rule": [{"apply_server_side_encryption_by_default": [{"sse_algorithm": "aws:kms"}]}]}

test_bucket_without_encryption if {
	r := p.deny with input as {"resource": {"aws_s3_bucket": {"data": {"bucket": "acme-data"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_s3_bucket", "data"]
}

test_v4_resource_by_reference_is_fine if {
	count(p.deny) == 0 with input as {"resource": {
		"aws_s3_bucket": {"data": {"bucket": "acme-data"}},
		"aws_s3_bucket_server_side_encryption_configuration": {"data": object.union(sse, {"bucket": "${aws_s3_bucket.data.id}"})},
	}}
}

test_v4_resource_by_literal_name_is_fine if {
	count(p.deny) == 0 with input as {"resource": {
		"aws_s3_bucket": {"data": {"bucket": "acme-data"}},
		"aws_s3_bucket_server_side_encryption_configuration": {"data": object.union(sse, {"bucket": "acme-data"})},
	}}
}

test_v3_inline_block_is_fine if {
	count(p.deny) == 0 with input as {"resource": {"aws_s3_bucket": {"data": {
		"bucket": "acme-data",
		"server_side_encryption_configuration": [sse],
	}}}}
}

test_configuration_of_another_bucket_does_not_count if {
	r := p.deny with input as {"resource": {
		"aws_s3_bucket": {"data": {"bucket": "acme-data"}, "logs": {"bucket": "acme-logs"}},
		"aws_s3_bucket_server_side_encryption_configuration": {"logs": object.union(sse, {"bucket": "${aws_s3_bucket.logs.id}"})},
	}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_s3_bucket", "data"]
}

test_unresolvable_bucket_reference_is_not_flagged if {
	# for_each over the buckets: each.value.id may be any of them.
	count(p.deny) == 0 with input as {"resource": {
		"aws_s3_bucket": {"data": {"bucket": "acme-data"}},
		"aws_s3_bucket_server_side_encryption_configuration": {"all": object.union(sse, {"bucket": "${each.value.id}"})},
	}}
}
