# METADATA
# title: EFS file system not encrypted
# description: >-
#   aws_efs_file_system stores files unencrypted unless encrypted = true (the
#   provider default is false), and encryption at rest can only be chosen
#   when the file system is created: fixing it later means a new file system
#   and a data copy.
# related_resources:
#   - ref: https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/efs_file_system#encrypted
# custom:
#   id: PL-TF-036
#   severity: high
#   rationale: Shared file systems hold application data in bulk, and encryption cannot be added after creation.
#   input: terraform
#   resources: [aws_efs_file_system]
#   tags: [aws, efs, encryption]
#   remediation: Set `encrypted = true` (with `kms_key_id = aws_kms_key.efs.arn` for a customer managed key).
package platlint.terraform.efs_unencrypted

import data.platlint.lib.aws

deny contains finding if {
	some name, fs in input.resource.aws_efs_file_system
	aws.not_true(fs, "encrypted", false)
	finding := {
		"msg": sprintf("aws_efs_file_system.%s does not set encrypted = true", [name]),
		"path": aws.attr_path("aws_efs_file_system", name, fs, "encrypted"),
	}
}
