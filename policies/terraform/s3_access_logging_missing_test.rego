package platlint.terraform.s3_access_logging_missing_test

import data.platlint.terraform.s3_access_logging_missing as p

logging := {"bucket": "${aws_s3_bucket.data.id}", "target_bucket": "${aws_s3_bucket.logs.id}", "target_prefix": "data/"}

test_bucket_without_logging if {
	r := p.deny with input as {"resource": {"aws_s3_bucket": {"data": {"bucket": "acme-data"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_s3_bucket", "data"]
}

test_v4_logging_is_fine_and_target_is_exempt if {
	count(p.deny) == 0 with input as {"resource": {
		"aws_s3_bucket": {"data": {"bucket": "acme-data"}, "logs": {"bucket": "acme-logs"}},
		"aws_s3_bucket_logging": {"data": logging},
	}}
}

test_v3_inline_logging_is_fine if {
	count(p.deny) == 0 with input as {"resource": {"aws_s3_bucket": {
		"data": {"bucket": "acme-data", "logging": [{"target_bucket": "acme-logs"}]},
		"logs": {"bucket": "acme-logs"},
	}}}
}

test_cloudtrail_bucket_is_exempt if {
	count(p.deny) == 0 with input as {"resource": {
		"aws_s3_bucket": {"trail": {"bucket": "acme-trail"}},
		"aws_cloudtrail": {"main": {"s3_bucket_name": "${aws_s3_bucket.trail.id}"}},
	}}
}

test_lb_access_log_bucket_is_exempt if {
	count(p.deny) == 0 with input as {"resource": {
		"aws_s3_bucket": {"alb": {"bucket": "acme-alb-logs"}},
		"aws_lb": {"web": {"access_logs": [{"bucket": "acme-alb-logs", "enabled": true}]}},
	}}
}

test_log_delivery_acl_bucket_is_exempt if {
	count(p.deny) == 0 with input as {"resource": {
		"aws_s3_bucket": {"logs": {"bucket": "acme-logs"}},
		"aws_s3_bucket_acl": {"logs": {"bucket": "${aws_s3_bucket.logs.id}", "acl": "log-delivery-write"}},
	}}
}

test_logging_of_another_bucket_does_not_count if {
	r := p.deny with input as {"resource": {
		"aws_s3_bucket": {"data": {"bucket": "acme-data"}, "other": {"bucket": "acme-other"}, "logs": {"bucket": "acme-logs"}},
		"aws_s3_bucket_logging": {"data": logging},
	}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_s3_bucket", "other"]
}
