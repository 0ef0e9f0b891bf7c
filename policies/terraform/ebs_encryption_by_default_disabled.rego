# METADATA
# title: EBS encryption by default turned off
# description: >-
#   aws_ebs_encryption_by_default with enabled = false switches off the
#   account and region setting that encrypts every new EBS volume and
#   snapshot copy, including root volumes launched from unencrypted AMIs that
#   no Terraform attribute covers.
# related_resources:
#   - ref: https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ebs_encryption_by_default
# custom:
#   id: PL-TF-033
#   severity: medium
#   rationale: It removes the guard rail for every future volume in the region, though each volume may still set encryption itself.
#   input: terraform
#   resources: [aws_ebs_encryption_by_default]
#   tags: [aws, ebs, encryption]
#   remediation: Set `enabled = true` (the resource's default) and choose the key with aws_ebs_default_kms_key.
package platlint.terraform.ebs_encryption_by_default_disabled

import data.platlint.lib.aws

deny contains finding if {
	some name, r in input.resource.aws_ebs_encryption_by_default
	"enabled" in object.keys(r)
	aws.not_true(r, "enabled", true)
	finding := {
		"msg": sprintf("aws_ebs_encryption_by_default.%s sets enabled = false, so new EBS volumes are not encrypted by default", [name]),
		"path": ["resource", "aws_ebs_encryption_by_default", name, "enabled"],
	}
}
