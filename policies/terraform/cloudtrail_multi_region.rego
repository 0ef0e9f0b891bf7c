# METADATA
# title: CloudTrail trail records a single region
# description: >-
#   A trail without is_multi_region_trail = true only records API calls in the region
#   where it was created, so activity in every other region (the usual place for an
#   attacker to start instances or create access keys unnoticed) goes unlogged. When
#   the module also declares a multi-region trail, its other trails (for example a
#   regional data-events trail) are extra and not flagged.
# related_resources:
#   - ref: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail
#   - ref: https://www.cisecurity.org/benchmark/amazon_web_services
# custom:
#   id: PL-TF-052
#   severity: medium
#   rationale: Unlogged regions blind incident response, but the gap needs a separate compromise to matter.
#   input: terraform
#   resources: [aws_cloudtrail]
#   tags: [aws, cloudtrail, logging, cis-aws]
#   remediation: >-
#     Set `is_multi_region_trail = true` (with `include_global_service_events = true`, the
#     default) so one trail records every region.
package platlint.terraform.cloudtrail_multi_region

import data.platlint.lib.terraform as tf

deny contains finding if {
	some name, trail in input.resource.aws_cloudtrail
	value := object.get(trail, "is_multi_region_trail", false)
	not tf.is_true(value)
	not tf.is_reference(value)
	not has_multi_region_trail
	finding := {
		"msg": sprintf("aws_cloudtrail.%s does not set is_multi_region_trail = true, so other regions are not recorded", [name]),
		"path": attr_path(name, trail, "is_multi_region_trail"),
	}
}

has_multi_region_trail if {
	some trail in input.resource.aws_cloudtrail
	tf.is_true(trail.is_multi_region_trail)
}

attr_path(name, r, attr) := ["resource", "aws_cloudtrail", name, attr] if attr in object.keys(r)

attr_path(name, r, attr) := ["resource", "aws_cloudtrail", name] if not attr in object.keys(r)
