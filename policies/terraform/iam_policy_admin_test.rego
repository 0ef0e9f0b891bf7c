package platlint.terraform.iam_policy_admin_test

import data.platlint.terraform.iam_policy_admin as p

admin := {"Effect": "Allow", "Action": "*", "Resource": "*"}

scoped := {"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": ["arn:aws:s3:::acme-data/*"]}

test_jsonencode_admin_statement if {
	r := p.deny with input as {"resource": {"aws_iam_policy": {"admin": {"policy": {"Version": "2012-10-17", "Statement": [scoped, admin]}}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_iam_policy", "admin", "policy", "Statement", 1, "Action"]
	f.msg == "aws_iam_policy.admin allows every action (\"*\") on every resource"
}

test_single_statement_object_on_role_policy if {
	r := p.deny with input as {"resource": {"aws_iam_role_policy": {"ci": {"role": "${aws_iam_role.ci.id}", "policy": {"Statement": object.union(admin, {"Action": ["*"], "Resource": ["*"]})}}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_iam_role_policy", "ci", "policy", "Statement", "Action"]
}

test_role_inline_policy if {
	r := p.deny with input as {"resource": {"aws_iam_role": {"ci": {"inline_policy": [{"name": "all", "policy": {"Statement": [admin]}}]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_iam_role", "ci", "inline_policy", 0, "policy", "Statement", 0, "Action"]
}

test_policy_document if {
	r := p.deny with input as {"data": {"aws_iam_policy_document": {"admin": {"statement": [{"actions": ["*"], "resources": ["*"]}]}}}}
	count(r) == 1
	some f in r
	f.path == ["data", "aws_iam_policy_document", "admin", "statement", 0, "actions"]
}

test_scoped_policy_is_fine if {
	count(p.deny) == 0 with input as {"resource": {"aws_iam_policy": {"app": {"policy": {"Statement": [scoped, object.union(admin, {"Action": "s3:*", "Resource": "*"})]}}}}}
}

test_deny_all_is_fine if {
	count(p.deny) == 0 with input as {"resource": {"aws_iam_group_policy": {"quarantine": {"policy": {"Statement": [object.union(admin, {"Effect": "Deny"})]}}}}}
}

test_resource_policy_document_is_not_checked if {
	# A key policy: "*" is the key itself.
	count(p.deny) == 0 with input as {"data": {"aws_iam_policy_document": {"key": {"statement": [{
		"principals": [{"type": "AWS", "identifiers": ["arn:aws:iam::123456789012:root"]}],
		"actions": ["*"],
		"resources": ["*"],
	}]}}}}
}

test_actions_from_variable_are_not_flagged if {
	count(p.deny) == 0 with input as {"resource": {"aws_iam_policy": {"app": {"policy": {"Statement": [object.union(admin, {"Action": "${var.actions}"})]}}}}}
}
