package platlint.terraform.iam_user_policy_test

import data.platlint.terraform.iam_user_policy as p

test_inline_user_policy if {
	r := p.deny with input as {"resource": {"aws_iam_user_policy": {"alice": {"user": "alice", "policy": {"Statement": []}}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_iam_user_policy", "alice"]
}

test_user_policy_attachment if {
	count(p.deny) == 1 with input as {"resource": {"aws_iam_user_policy_attachment": {"alice": {"user": "alice", "policy_arn": "arn:aws:iam::aws:policy/ReadOnlyAccess"}}}}
}

test_policy_attachment_with_users_points_at_users if {
	r := p.deny with input as {"resource": {"aws_iam_policy_attachment": {"ro": {"users": ["alice"], "groups": ["ops"]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_iam_policy_attachment", "ro", "users"]
}

test_group_and_role_attachments_are_fine if {
	count(p.deny) == 0 with input as {"resource": {
		"aws_iam_group_policy_attachment": {"ops": {"group": "ops", "policy_arn": "arn:aws:iam::aws:policy/ReadOnlyAccess"}},
		"aws_iam_role_policy_attachment": {"app": {"role": "app", "policy_arn": "${aws_iam_policy.app.arn}"}},
		"aws_iam_policy_attachment": {"ro": {"roles": ["app"], "users": []}},
	}}
}
