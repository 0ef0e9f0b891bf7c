package platlint.terraform.cloudfront_default_certificate_test

import data.platlint.terraform.cloudfront_default_certificate as dc

test_default_certificate if {
	r := dc.deny with input as {"resource": {"aws_cloudfront_distribution": {"cdn": {"viewer_certificate": [{"cloudfront_default_certificate": true}]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_cloudfront_distribution", "cdn", "viewer_certificate", 0, "cloudfront_default_certificate"]
}

test_custom_certificate_is_fine if {
	count(dc.deny) == 0 with input as {"resource": {"aws_cloudfront_distribution": {"cdn": {"viewer_certificate": [{
		"acm_certificate_arn": "${aws_acm_certificate.cdn.arn}",
		"ssl_support_method": "sni-only",
		"minimum_protocol_version": "TLSv1.2_2021",
	}]}}}}
}

test_variable_is_not_flagged if {
	count(dc.deny) == 0 with input as {"resource": {"aws_cloudfront_distribution": {"cdn": {"viewer_certificate": [{"cloudfront_default_certificate": "${var.acm_arn == null}"}]}}}}
}
