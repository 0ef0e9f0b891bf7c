# METADATA
# title: CloudFront distribution without a WAF web ACL
# description: >-
#   A distribution without web_acl_id has no AWS WAF in front of it, so common web
#   exploits, bad bots and request floods reach the origin unfiltered, and there is no
#   place to add a rate limit or block an attacker during an incident.
# related_resources:
#   - ref: https://docs.aws.amazon.com/waf/latest/developerguide/cloudfront-features.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution#web_acl_id
# custom:
#   id: PL-TF-068
#   severity: medium
#   rationale: WAF is a mitigation layer rather than a control whose absence exposes data by itself.
#   input: terraform
#   resources: [aws_cloudfront_distribution]
#   tags: [aws, cloudfront, waf]
#   remediation: >-
#     Create an `aws_wafv2_web_acl` with `scope = "CLOUDFRONT"` (in us-east-1), for example with the
#     AWS managed common rule set and a rate-based rule, and set `web_acl_id = aws_wafv2_web_acl.cdn.arn`.
package platlint.terraform.cloudfront_waf

deny contains finding if {
	some name, d in input.resource.aws_cloudfront_distribution
	object.get(d, "web_acl_id", "") in {"", null}
	finding := {
		"msg": sprintf("aws_cloudfront_distribution.%s has no web_acl_id, so no WAF filters its requests", [name]),
		"path": acl_path(name, d),
	}
}

acl_path(name, d) := ["resource", "aws_cloudfront_distribution", name, "web_acl_id"] if "web_acl_id" in object.keys(d)

acl_path(name, d) := ["resource", "aws_cloudfront_distribution", name] if not "web_acl_id" in object.keys(d)
