package platlint.terraform.kms_key_policy_public_test

import data.platlint.terraform.kms_key_policy_public as pub

root_statement := {
	"Sid": "EnableRoot",
	"Effect": "Allow",
	"Principal": {"AWS": "arn:aws:iam::111122223333:root"},
	"Action": "kms:*",
	"Resource": "*",
}

test_wildcard_principal_in_jsonencode if {
	r := pub.deny with input as {"resource": {"aws_kms_key": {"data": {"policy": {
		"Version": "2012-10-17",
		"Statement": [root_statement, {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "kms:Decrypt", "Resource": "*"}],
	}}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_kms_key", "data", "policy", "Statement", 1, "Principal"]
}

test_wildcard_on_key_policy_resource if {
	r := pub.deny with input as {"resource": {"aws_kms_key_policy": {"data": {
		"key_id": "${aws_kms_key.data.id}",
		"policy": {"Statement": {"Effect": "Allow", "Principal": "*", "Action": "kms:*", "Resource": "*"}},
	}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_kms_key_policy", "data", "policy", "Statement", "Principal"]
}

test_condition_that_does_not_narrow_the_caller_is_flagged if {
	count(pub.deny) == 1 with input as {"resource": {"aws_kms_key": {"data": {"policy": {"Statement": [{
		"Effect": "Allow", "Principal": {"AWS": ["*"]}, "Action": "kms:Decrypt", "Resource": "*",
		"Condition": {"Bool": {"aws:SecureTransport": "true"}},
	}]}}}}}
}

test_caller_account_condition_is_fine if {
	count(pub.deny) == 0 with input as {"resource": {"aws_kms_key": {"ebs": {"policy": {"Statement": [
		root_statement,
		{
			"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": ["kms:Encrypt", "kms:Decrypt"], "Resource": "*",
			"Condition": {"StringEquals": {"kms:CallerAccount": "111122223333", "kms:ViaService": "ec2.eu-west-1.amazonaws.com"}},
		},
	]}}}}}
}

test_deny_statement_is_fine if {
	count(pub.deny) == 0 with input as {"resource": {"aws_kms_key": {"k": {"policy": {"Statement": [
		root_statement,
		{"Effect": "Deny", "Principal": "*", "Action": "kms:ScheduleKeyDeletion", "Resource": "*"},
	]}}}}}
}

test_service_principal_is_fine if {
	count(pub.deny) == 0 with input as {"resource": {"aws_kms_key": {"trail": {"policy": {"Statement": [{
		"Effect": "Allow", "Principal": {"Service": "cloudtrail.amazonaws.com"}, "Action": "kms:GenerateDataKey*", "Resource": "*",
	}]}}}}}
}

test_policy_document_with_wildcard if {
	r := pub.deny with input as {
		"resource": {"aws_kms_key": {"k": {"policy": "${data.aws_iam_policy_document.key.json}"}}},
		"data": {"aws_iam_policy_document": {"key": {"statement": [
			{"actions": ["kms:*"], "resources": ["*"], "principals": [{"type": "AWS", "identifiers": ["arn:aws:iam::111122223333:root"]}]},
			{"actions": ["kms:Decrypt"], "resources": ["*"], "principals": [{"type": "AWS", "identifiers": ["*"]}]},
		]}}},
	}
	count(r) == 1
	some f in r
	f.path == ["data", "aws_iam_policy_document", "key", "statement", 1, "principals", 0]
}

test_policy_document_with_org_condition_is_fine if {
	count(pub.deny) == 0 with input as {
		"resource": {"aws_kms_key": {"k": {"policy": "${data.aws_iam_policy_document.key.json}"}}},
		"data": {"aws_iam_policy_document": {"key": {"statement": [{
			"actions": ["kms:Decrypt"], "resources": ["*"],
			"principals": [{"type": "*", "identifiers": ["*"]}],
			"condition": [{"test": "StringEquals", "variable": "aws:PrincipalOrgID", "values": ["o-abc123"]}],
		}]}}},
	}
}

test_unattached_policy_document_is_not_checked if {
	count(pub.deny) == 0 with input as {"data": {"aws_iam_policy_document": {"key": {"statement": [{
		"actions": ["kms:Decrypt"], "resources": ["*"], "principals": [{"type": "AWS", "identifiers": ["*"]}],
	}]}}}}
}
