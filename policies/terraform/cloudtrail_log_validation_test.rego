package platlint.terraform.cloudtrail_log_validation_test

import data.platlint.terraform.cloudtrail_log_validation as lv

test_validation_missing if {
	r := lv.deny with input as {"resource": {"aws_cloudtrail": {"main": {"name": "main", "is_multi_region_trail": true}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_cloudtrail", "main"]
}

test_validation_false_points_at_the_attribute if {
	r := lv.deny with input as {"resource": {"aws_cloudtrail": {"main": {"enable_log_file_validation": "false"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_cloudtrail", "main", "enable_log_file_validation"]
}

test_validation_enabled_is_fine if {
	count(lv.deny) == 0 with input as {"resource": {"aws_cloudtrail": {"main": {"enable_log_file_validation": true}}}}
}
