package platlint.terraform.cloudfront_waf_test

import data.platlint.terraform.cloudfront_waf as waf

test_distribution_without_waf if {
	r := waf.deny with input as {"resource": {"aws_cloudfront_distribution": {"cdn": {"enabled": true}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_cloudfront_distribution", "cdn"]
}

test_empty_acl_points_at_the_attribute if {
	r := waf.deny with input as {"resource": {"aws_cloudfront_distribution": {"cdn": {"web_acl_id": ""}}}}
	some f in r
	f.path == ["resource", "aws_cloudfront_distribution", "cdn", "web_acl_id"]
}

test_waf_by_reference_is_fine if {
	count(waf.deny) == 0 with input as {"resource": {"aws_cloudfront_distribution": {"cdn": {"web_acl_id": "${aws_wafv2_web_acl.cdn.arn}"}}}}
}
