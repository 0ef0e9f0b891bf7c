# METADATA
# title: IAM policy attached directly to a user
# description: >-
#   Permissions granted to individual users (aws_iam_user_policy,
#   aws_iam_user_policy_attachment, or aws_iam_policy_attachment with users)
#   are scattered across people, drift as they change teams and are missed
#   in reviews. Grant them to groups (or better, to roles assumed through
#   IAM Identity Center) and add users to the group.
# related_resources:
#   - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html
#   - ref: https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-2
#   - ref: https://www.cisecurity.org/benchmark/amazon_web_services
# custom:
#   id: PL-TF-041
#   severity: low
#   rationale: Per-user grants make access hard to review and revoke, but do not widen it by themselves.
#   input: terraform
#   resources: [aws_iam_user_policy, aws_iam_user_policy_attachment, aws_iam_policy_attachment]
#   tags: [aws, iam, hygiene]
#   remediation: >-
#     Attach the policy to a group (`aws_iam_group_policy_attachment`) and add the user with
#     `aws_iam_user_group_membership`, or move the user to a role.
package platlint.terraform.iam_user_policy

deny contains finding if {
	some name, _ in input.resource.aws_iam_user_policy
	finding := {
		"msg": sprintf("aws_iam_user_policy.%s grants an inline policy directly to a user", [name]),
		"path": ["resource", "aws_iam_user_policy", name],
	}
}

deny contains finding if {
	some name, _ in input.resource.aws_iam_user_policy_attachment
	finding := {
		"msg": sprintf("aws_iam_user_policy_attachment.%s attaches a policy directly to a user", [name]),
		"path": ["resource", "aws_iam_user_policy_attachment", name],
	}
}

deny contains finding if {
	some name, a in input.resource.aws_iam_policy_attachment
	users := a.users
	users != []
	finding := {
		"msg": sprintf("aws_iam_policy_attachment.%s attaches a policy directly to users", [name]),
		"path": ["resource", "aws_iam_policy_attachment", name, "users"],
	}
}
