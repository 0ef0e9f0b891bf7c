# METADATA
# title: IAM policy allows iam:PassRole on every role
# description: >-
#   iam:PassRole on Resource "*" (or on every role, arn:aws:iam::ACCOUNT:role/*)
#   lets the principal hand any role of the account, administrator roles
#   included, to a service it controls (an EC2 instance, a Lambda function, a
#   Glue job) and then act with that role's rights: a classic privilege
#   escalation. Actions that include PassRole through wildcards (iam:*,
#   iam:Pass*) count. A statement with a Condition (such as
#   iam:PassedToService) is not reported; Action "*" on Resource "*" is
#   reported by PL-TF-039 instead.
# related_resources:
#   - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html
#   - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#ck_PassedToService
# custom:
#   id: PL-TF-040
#   severity: high
#   rationale: Passing an arbitrary role to a compute service escalates the principal to that role, up to administrator.
#   input: terraform
#   resources: [aws_iam_policy, aws_iam_role_policy, aws_iam_user_policy, aws_iam_group_policy, aws_iam_role, aws_iam_policy_document]
#   tags: [aws, iam, least-privilege, privilege-escalation]
#   remediation: >-
#     Name the roles that may be passed (`Resource = aws_iam_role.worker.arn`) and add
#     `Condition = { StringEquals = { "iam:PassedToService" = "ec2.amazonaws.com" } }`.
package platlint.terraform.iam_passrole_wildcard

import data.platlint.lib.aws

deny contains finding if {
	some st in aws.iam_statements
	st.effect == "Allow"
	not st.has_principal
	not st.has_condition
	some action in st.actions
	aws.action_matches(action, "iam:PassRole")
	some resource in st.resources
	every_role(resource)
	not admin(action, resource)
	finding := {
		"msg": sprintf("%s allows %q on %q, so any role can be passed to a service", [st.label, action, resource]),
		"path": st.action_path,
	}
}

every_role(r) if aws.full_wildcard(r)

every_role(r) if regex.match(`^arn:(aws[a-z\-]*|\*):iam::[^:]*:(\*|role/\*)$`, r)

# Everything on everything is PL-TF-039's.
admin(action, resource) if {
	aws.full_wildcard(action)
	aws.full_wildcard(resource)
}
