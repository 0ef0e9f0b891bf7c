package platlint.terraform.s3_versioning_disabled_test

import data.platlint.terraform.s3_versioning_disabled as p

enabled := {"bucket": "${aws_s3_bucket.data.id}", "versioning_configuration": [{"status": "Enabled"}]}

test_bucket_without_versioning if {
	r := p.deny with input as {"resource": {"aws_s3_bucket": {"data": {"bucket": "acme-data"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_s3_bucket", "data"]
}

test_v4_versioning_enabled_is_fine if {
	count(p.deny) == 0 with input as {"resource": {
		"aws_s3_bucket": {"data": {"bucket": "acme-data"}},
		"aws_s3_bucket_versioning": {"data": enabled},
	}}
}

test_v4_versioning_by_literal_name_is_fine if {
	count(p.deny) == 0 with input as {"resource": {
		"aws_s3_bucket": {"data": {"bucket": "acme-data"}},
		"aws_s3_bucket_versioning": {"data": object.union(enabled, {"bucket": "acme-data"})},
	}}
}

test_v4_versioning_suspended_points_at_status if {
	r := p.deny with input as {"resource": {
		"aws_s3_bucket": {"data": {"bucket": "acme-data"}},
		"aws_s3_bucket_versioning": {"data": object.union(enabled, {"versioning_configuration": [{"status": "Suspended"}]})},
	}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_s3_bucket_versioning", "data", "versioning_configuration", 0, "status"]
}

test_v4_status_from_variable_is_not_flagged if {
	count(p.deny) == 0 with input as {"resource": {"aws_s3_bucket_versioning": {"data": object.union(enabled, {"versioning_configuration": [{"status": "${var.versioning}"}]})}}}
}

test_v3_inline_enabled_is_fine if {
	count(p.deny) == 0 with input as {"resource": {"aws_s3_bucket": {"data": {"versioning": [{"enabled": true}]}}}}
}

test_v3_inline_disabled_points_at_enabled if {
	r := p.deny with input as {"resource": {"aws_s3_bucket": {"data": {"versioning": [{"enabled": false}]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_s3_bucket", "data", "versioning", 0, "enabled"]
}

test_versioning_of_another_bucket_does_not_count if {
	r := p.deny with input as {"resource": {
		"aws_s3_bucket": {"data": {"bucket": "acme-data"}, "logs": {"bucket": "acme-logs"}},
		"aws_s3_bucket_versioning": {"logs": object.union(enabled, {"bucket": "${aws_s3_bucket.logs.id}"})},
	}}
	count(r) == 1
}

test_for_each_versioning_is_not_flagged if {
	count(p.deny) == 0 with input as {"resource": {
		"aws_s3_bucket": {"data": {"bucket": "acme-data"}},
		"aws_s3_bucket_versioning": {"all": object.union(enabled, {"bucket": "${each.value.id}"})},
	}}
}
