package platlint.terraform.ecr_policy_public_test

import data.platlint.terraform.ecr_policy_public as pub

pull_actions := ["ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"]

test_public_pull_policy if {
	r := pub.deny with input as {"resource": {"aws_ecr_repository_policy": {"api": {
		"repository": "${aws_ecr_repository.api.name}",
		"policy": {"Version": "2012-10-17", "Statement": [{"Sid": "Pull", "Effect": "Allow", "Principal": "*", "Action": pull_actions}]},
	}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_ecr_repository_policy", "api", "policy", "Statement", 0, "Principal"]
}

test_public_policy_document if {
	r := pub.deny with input as {
		"resource": {"aws_ecr_repository_policy": {"api": {"policy": "${data.aws_iam_policy_document.pull.json}"}}},
		"data": {"aws_iam_policy_document": {"pull": {"statement": [{"effect": "Allow", "actions": pull_actions, "principals": [{"type": "*", "identifiers": ["*"]}]}]}}},
	}
	count(r) == 1
	some f in r
	f.path == ["data", "aws_iam_policy_document", "pull", "statement", 0, "principals", 0]
}

test_organization_wide_pull_is_fine if {
	count(pub.deny) == 0 with input as {"resource": {"aws_ecr_repository_policy": {"api": {"policy": {"Statement": [{
		"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": pull_actions,
		"Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}},
	}]}}}}}
}

test_named_accounts_are_fine if {
	count(pub.deny) == 0 with input as {"resource": {"aws_ecr_repository_policy": {"api": {"policy": {"Statement": [{
		"Effect": "Allow", "Principal": {"AWS": ["arn:aws:iam::111122223333:root", "arn:aws:iam::444455556666:root"]}, "Action": pull_actions,
	}]}}}}}
}

test_lambda_service_with_source_arn_is_fine if {
	count(pub.deny) == 0 with input as {
		"resource": {"aws_ecr_repository_policy": {"fn": {"policy": "${data.aws_iam_policy_document.lambda.json}"}}},
		"data": {"aws_iam_policy_document": {"lambda": {"statement": [{
			"actions": pull_actions,
			"principals": [{"type": "Service", "identifiers": ["lambda.amazonaws.com"]}],
			"condition": [{"test": "StringLike", "variable": "aws:sourceArn", "values": ["arn:aws:lambda:eu-west-1:111122223333:function:*"]}],
		}]}}},
	}
}
