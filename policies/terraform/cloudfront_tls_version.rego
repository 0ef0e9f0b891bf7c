# METADATA
# title: CloudFront custom certificate allows TLS older than TLSv1.2_2021
# description: >-
#   With a custom certificate (acm_certificate_arn or iam_certificate_id) CloudFront uses
#   the viewer_certificate minimum_protocol_version, which defaults to TLSv1. Anything
#   below TLSv1.2_2021 still accepts TLS 1.0/1.1 or weak TLS 1.2 ciphers. The default
#   *.cloudfront.net certificate is covered by a separate rule.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution#viewer-certificate-arguments
# custom:
#   id: PL-TF-066
#   severity: medium
#   rationale: Deprecated protocols and ciphers enable downgrade attacks, which need an attacker on the network path.
#   input: terraform
#   resources: [aws_cloudfront_distribution]
#   tags: [aws, cloudfront, tls, encryption-in-transit]
#   remediation: >-
#     In `viewer_certificate` set `minimum_protocol_version = "TLSv1.2_2021"` (or
#     `"TLSv1.2_2025"` / `"TLSv1.3_2025"`) with `ssl_support_method = "sni-only"`.
package platlint.terraform.cloudfront_tls_version

import data.platlint.lib.terraform as tf

weak := {"SSLv3", "TLSv1", "TLSv1_2016", "TLSv1.1_2016", "TLSv1.2_2018", "TLSv1.2_2019"}

custom_certificate(vc) if vc.acm_certificate_arn

custom_certificate(vc) if vc.iam_certificate_id

deny contains finding if {
	some name, d in input.resource.aws_cloudfront_distribution
	some i, vc in d.viewer_certificate
	custom_certificate(vc)
	not tf.is_true(object.get(vc, "cloudfront_default_certificate", false))
	not "minimum_protocol_version" in object.keys(vc)
	finding := {
		"msg": sprintf("aws_cloudfront_distribution.%s viewer_certificate sets no minimum_protocol_version, so it defaults to TLSv1", [name]),
		"path": ["resource", "aws_cloudfront_distribution", name, "viewer_certificate", i],
	}
}

deny contains finding if {
	some name, d in input.resource.aws_cloudfront_distribution
	some i, vc in d.viewer_certificate
	custom_certificate(vc)
	vc.minimum_protocol_version in weak
	finding := {
		"msg": sprintf("aws_cloudfront_distribution.%s allows viewers minimum_protocol_version %s, below TLSv1.2_2021", [name, vc.minimum_protocol_version]),
		"path": ["resource", "aws_cloudfront_distribution", name, "viewer_certificate", i, "minimum_protocol_version"],
	}
}
