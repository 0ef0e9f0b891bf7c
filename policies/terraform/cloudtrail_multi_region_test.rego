package platlint.terraform.cloudtrail_multi_region_test

import data.platlint.terraform.cloudtrail_multi_region as mr

test_single_region_trail if {
	r := mr.deny with input as {"resource": {"aws_cloudtrail": {"main": {"name": "main", "s3_bucket_name": "${aws_s3_bucket.trail.id}"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_cloudtrail", "main"]
}

test_explicit_false_points_at_the_attribute if {
	r := mr.deny with input as {"resource": {"aws_cloudtrail": {"main": {"is_multi_region_trail": false}}}}
	some f in r
	f.path == ["resource", "aws_cloudtrail", "main", "is_multi_region_trail"]
}

test_multi_region_trail_is_fine if {
	count(mr.deny) == 0 with input as {"resource": {"aws_cloudtrail": {"main": {"is_multi_region_trail": true, "is_organization_trail": true}}}}
}

test_value_from_variable_is_not_flagged if {
	count(mr.deny) == 0 with input as {"resource": {"aws_cloudtrail": {"main": {"is_multi_region_trail": "${var.multi_region}"}}}}
}

test_regional_data_events_trail_beside_a_multi_region_trail_is_fine if {
	count(mr.deny) == 0 with input as {"resource": {"aws_cloudtrail": {
		"main": {"is_multi_region_trail": true},
		"s3_data_events": {"event_selector": [{"read_write_type": "All", "include_management_events": false}]},
	}}}
}
