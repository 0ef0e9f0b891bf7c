package platlint.terraform.s3_acls_enabled_test

import data.platlint.terraform.s3_acls_enabled as p

controls(ownership) := {"aws_s3_bucket_ownership_controls": {"data": {
	"bucket": "${aws_s3_bucket.data.id}",
	"rule": [{"object_ownership": ownership}],
}}}

test_object_writer_points_at_the_setting if {
	r := p.deny with input as {"resource": controls("ObjectWriter")}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_s3_bucket_ownership_controls", "data", "rule", 0, "object_ownership"]
}

test_bucket_owner_preferred if {
	count(p.deny) == 1 with input as {"resource": controls("BucketOwnerPreferred")}
}

test_bucket_owner_enforced_is_fine if {
	count(p.deny) == 0 with input as {"resource": controls("BucketOwnerEnforced")}
}

test_no_ownership_controls_is_fine if {
	# S3 creates new buckets with BucketOwnerEnforced.
	count(p.deny) == 0 with input as {"resource": {"aws_s3_bucket": {"data": {"bucket": "acme-data"}}}}
}

test_ownership_from_variable_is_not_flagged if {
	count(p.deny) == 0 with input as {"resource": controls("${var.object_ownership}")}
}

test_cloudfront_log_bucket_is_exempt if {
	count(p.deny) == 0 with input as {"resource": object.union(controls("BucketOwnerPreferred"), {
		"aws_s3_bucket": {"data": {"bucket": "acme-cf-logs"}},
		"aws_cloudfront_distribution": {"site": {"logging_config": [{"bucket": "${aws_s3_bucket.data.bucket_domain_name}"}]}},
	})}
}
