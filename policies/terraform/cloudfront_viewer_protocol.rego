# METADATA
# title: CloudFront cache behavior allows plain HTTP
# description: >-
#   A default_cache_behavior or ordered_cache_behavior with viewer_protocol_policy
#   "allow-all" serves the content over unencrypted HTTP as well, so viewers' requests,
#   cookies and the responses can be read and changed on the way.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution#viewer_protocol_policy
# custom:
#   id: PL-TF-065
#   severity: high
#   rationale: Traffic of every viewer on an untrusted network can be intercepted or tampered with.
#   input: terraform
#   resources: [aws_cloudfront_distribution]
#   tags: [aws, cloudfront, tls, encryption-in-transit]
#   remediation: >-
#     Set `viewer_protocol_policy = "redirect-to-https"` (or `"https-only"` for APIs) in every
#     cache behavior.
package platlint.terraform.cloudfront_viewer_protocol

behaviors(d) := ({[["default_cache_behavior", i], b] | some i, b in d.default_cache_behavior} | {[["ordered_cache_behavior", i], b] |
	some i, b in d.ordered_cache_behavior
}) | {[["dynamic", "ordered_cache_behavior", "content", i], b] |
	some i, b in d.dynamic.ordered_cache_behavior.content
}

deny contains finding if {
	some name, d in input.resource.aws_cloudfront_distribution
	some [bpath, b] in behaviors(d)
	b.viewer_protocol_policy == "allow-all"
	finding := {
		"msg": sprintf("aws_cloudfront_distribution.%s %s allows viewers to use plain HTTP (viewer_protocol_policy = \"allow-all\")", [name, label(b, bpath)]),
		"path": array.concat(array.concat(["resource", "aws_cloudfront_distribution", name], bpath), ["viewer_protocol_policy"]),
	}
}

label(b, _) := sprintf("cache behavior for %q", [b.path_pattern]) if literal_pattern(b.path_pattern)

label(b, bpath) := block_name(bpath) if not literal_pattern(object.get(b, "path_pattern", null))

literal_pattern(p) if {
	is_string(p)
	not contains(p, "${")
}

block_name(bpath) := "dynamic ordered_cache_behavior" if bpath[0] == "dynamic"

block_name(bpath) := bpath[0] if bpath[0] != "dynamic"
