# METADATA
# title: CloudTrail log file validation disabled
# description: >-
#   Without enable_log_file_validation = true CloudTrail writes no signed digest files,
#   so nobody can prove that a log file was not modified or deleted after delivery,
#   which is exactly what an intruder with access to the log bucket would do.
# related_resources:
#   - ref: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail
#   - ref: https://www.cisecurity.org/benchmark/amazon_web_services
# custom:
#   id: PL-TF-053
#   severity: medium
#   rationale: Tampered audit logs defeat forensics, yet tampering first requires access to the log bucket.
#   input: terraform
#   resources: [aws_cloudtrail]
#   tags: [aws, cloudtrail, logging, integrity, cis-aws]
#   remediation: >-
#     Set `enable_log_file_validation = true` on the trail and check digests with
#     `aws cloudtrail validate-logs` when investigating.
package platlint.terraform.cloudtrail_log_validation

import data.platlint.lib.terraform as tf

deny contains finding if {
	some name, trail in input.resource.aws_cloudtrail
	value := object.get(trail, "enable_log_file_validation", false)
	not tf.is_true(value)
	not tf.is_reference(value)
	finding := {
		"msg": sprintf("aws_cloudtrail.%s does not set enable_log_file_validation = true", [name]),
		"path": attr_path(name, trail, "enable_log_file_validation"),
	}
}

attr_path(name, r, attr) := ["resource", "aws_cloudtrail", name, attr] if attr in object.keys(r)

attr_path(name, r, attr) := ["resource", "aws_cloudtrail", name] if not attr in object.keys(r)
