package platlint.terraform.iam_passrole_wildcard_test

import data.platlint.terraform.iam_passrole_wildcard as p

passrole := {"Effect": "Allow", "Action": ["ec2:RunInstances", "iam:PassRole"], "Resource": "*"}

policy(st) := {"resource": {"aws_iam_policy": {"deployer": {"policy": {"Statement": [st]}}}}}

test_passrole_on_star if {
	r := p.deny with input as policy(passrole)
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_iam_policy", "deployer", "policy", "Statement", 0, "Action"]
}

test_iam_star_on_all_roles if {
	count(p.deny) == 1 with input as policy(object.union(passrole, {"Action": "iam:*", "Resource": "arn:aws:iam::123456789012:role/*"}))
}

test_wildcard_pass_in_policy_document if {
	r := p.deny with input as {"data": {"aws_iam_policy_document": {"ci": {"statement": [{"actions": ["iam:Pass*"], "resources": ["*"]}]}}}}
	count(r) == 1
	some f in r
	f.path == ["data", "aws_iam_policy_document", "ci", "statement", 0, "actions"]
}

test_named_role_is_fine if {
	count(p.deny) == 0 with input as policy(object.union(passrole, {"Resource": "${aws_iam_role.worker.arn}"}))
}

test_role_path_is_fine if {
	count(p.deny) == 0 with input as policy(object.union(passrole, {"Resource": "arn:aws:iam::123456789012:role/batch/*"}))
}

test_passed_to_service_condition_is_fine if {
	count(p.deny) == 0 with input as policy(object.union(passrole, {"Condition": {"StringEquals": {"iam:PassedToService": "ec2.amazonaws.com"}}}))
}

test_read_only_iam_is_fine if {
	count(p.deny) == 0 with input as policy(object.union(passrole, {"Action": ["iam:Get*", "iam:List*"]}))
}

test_full_admin_is_left_to_the_admin_rule if {
	count(p.deny) == 0 with input as policy(object.union(passrole, {"Action": "*"}))
}
