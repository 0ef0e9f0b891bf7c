package platlint.terraform.cloudfront_tls_version_test

import data.platlint.terraform.cloudfront_tls_version as tls

cert := {"acm_certificate_arn": "${aws_acm_certificate.cdn.arn}", "ssl_support_method": "sni-only"}

test_custom_certificate_without_minimum if {
	r := tls.deny with input as {"resource": {"aws_cloudfront_distribution": {"cdn": {"viewer_certificate": [cert]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_cloudfront_distribution", "cdn", "viewer_certificate", 0]
}

test_weak_minimum_points_at_the_attribute if {
	r := tls.deny with input as {"resource": {"aws_cloudfront_distribution": {"cdn": {"viewer_certificate": [object.union(cert, {"minimum_protocol_version": "TLSv1.2_2019"})]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_cloudfront_distribution", "cdn", "viewer_certificate", 0, "minimum_protocol_version"]
}

test_iam_certificate_with_tls1 if {
	count(tls.deny) == 1 with input as {"resource": {"aws_cloudfront_distribution": {"cdn": {"viewer_certificate": [{"iam_certificate_id": "ASCAEXAMPLE", "minimum_protocol_version": "TLSv1"}]}}}}
}

test_modern_minimums_are_fine if {
	count(tls.deny) == 0 with input as {"resource": {"aws_cloudfront_distribution": {
		"a": {"viewer_certificate": [object.union(cert, {"minimum_protocol_version": "TLSv1.2_2021"})]},
		"b": {"viewer_certificate": [object.union(cert, {"minimum_protocol_version": "TLSv1.3_2025"})]},
		"c": {"viewer_certificate": [object.union(cert, {"minimum_protocol_version": "${var.min_tls}"})]},
	}}}
}

test_default_certificate_is_left_to_the_other_rule if {
	count(tls.deny) == 0 with input as {"resource": {"aws_cloudfront_distribution": {"cdn": {"viewer_certificate": [{"cloudfront_default_certificate": true}]}}}}
}
