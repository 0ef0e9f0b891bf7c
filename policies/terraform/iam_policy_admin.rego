# METADATA
# title: IAM policy allows every action on every resource
# description: >-
#   A statement with Effect Allow, Action "*" and Resource "*" grants full
#   administrator rights: whoever holds the policy can read every secret,
#   delete every resource and create new admin users. Identity policies of
#   aws_iam_policy, aws_iam_role_policy, aws_iam_user_policy,
#   aws_iam_group_policy and aws_iam_role inline_policy (jsonencode or
#   heredoc) and every data "aws_iam_policy_document" are checked;
#   statements naming principals (resource-based and trust policies, where
#   "*" only means the resource itself) are not.
# related_resources:
#   - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege
#   - ref: https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-1
#   - ref: https://www.cisecurity.org/benchmark/amazon_web_services
# custom:
#   id: PL-TF-039
#   severity: high
#   rationale: One leaked credential of the principal holding the policy becomes full control of the account.
#   input: terraform
#   resources: [aws_iam_policy, aws_iam_role_policy, aws_iam_user_policy, aws_iam_group_policy, aws_iam_role, aws_iam_policy_document]
#   tags: [aws, iam, least-privilege]
#   remediation: >-
#     List the actions and resources the principal needs (e.g. `Action = ["s3:GetObject"]`,
#     `Resource = ["${aws_s3_bucket.data.arn}/*"]`); for a real break-glass administrator attach the
#     AWS managed AdministratorAccess policy to a dedicated role with MFA in its trust policy.
package platlint.terraform.iam_policy_admin

import data.platlint.lib.aws

deny contains finding if {
	some st in aws.iam_statements
	st.effect == "Allow"
	not st.has_principal
	some action in st.actions
	aws.full_wildcard(action)
	some resource in st.resources
	aws.full_wildcard(resource)
	finding := {
		"msg": sprintf("%s allows every action (%q) on every resource", [st.label, action]),
		"path": st.action_path,
	}
}
