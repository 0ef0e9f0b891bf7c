# METADATA
# title: KMS key policy allows any principal without a condition
# description: >-
#   A key policy statement that allows Principal "*" (or AWS "*") without a condition
#   on the caller's account, organization, ARN or network lets any AWS account use or
#   manage the key. Policies written with jsonencode, heredoc JSON or a data
#   "aws_iam_policy_document" are all checked, on aws_kms_key and aws_kms_key_policy.
# related_resources:
#   - ref: https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html
#   - ref: https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-caller-account
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kms_key_policy
# custom:
#   id: PL-TF-051
#   severity: high
#   rationale: Anyone who obtains ciphertext, or who can call KMS from any account, can decrypt with or administer the key.
#   input: terraform
#   resources: [aws_kms_key, aws_kms_key_policy, aws_iam_policy_document]
#   tags: [aws, kms, iam, public-access]
#   remediation: >-
#     Name the principals (for example `"arn:aws:iam::111122223333:root"`) or keep `"*"` only
#     with a condition such as `kms:CallerAccount`, `aws:PrincipalOrgID` or `aws:SourceArn`.
package platlint.terraform.kms_key_policy_public

import data.platlint.lib.aws

policy_types := ["aws_kms_key", "aws_kms_key_policy"]

deny contains finding if {
	some finding in aws.public_policy_findings(policy_types, "key policy")
}
