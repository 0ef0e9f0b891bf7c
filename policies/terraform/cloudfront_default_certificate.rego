# METADATA
# title: CloudFront distribution uses the default certificate
# description: >-
#   With viewer_certificate { cloudfront_default_certificate = true } the distribution is
#   served on its *.cloudfront.net name, where CloudFront always accepts TLSv1 and the
#   minimum protocol version cannot be raised.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution#viewer-certificate-arguments
# custom:
#   id: PL-TF-067
#   severity: low
#   rationale: Clients that support modern TLS still use it; only downgrade-capable attackers benefit from TLSv1 being accepted.
#   input: terraform
#   resources: [aws_cloudfront_distribution]
#   tags: [aws, cloudfront, tls]
#   remediation: >-
#     Serve the distribution on your own domain (`aliases`) with `acm_certificate_arn` from us-east-1,
#     `ssl_support_method = "sni-only"` and `minimum_protocol_version = "TLSv1.2_2021"`.
package platlint.terraform.cloudfront_default_certificate

import data.platlint.lib.terraform as tf

deny contains finding if {
	some name, d in input.resource.aws_cloudfront_distribution
	some i, vc in d.viewer_certificate
	tf.is_true(vc.cloudfront_default_certificate)
	finding := {
		"msg": sprintf("aws_cloudfront_distribution.%s uses the default *.cloudfront.net certificate, which accepts TLSv1", [name]),
		"path": ["resource", "aws_cloudfront_distribution", name, "viewer_certificate", i, "cloudfront_default_certificate"],
	}
}
