package platlint.terraform.s3_policy_public_principal_test

import data.platlint.terraform.s3_policy_public_principal as p

public_statement := {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::site/*"}

test_jsonencode_public_statement_list if {
	r := p.deny with input as {"resource": {"aws_s3_bucket_policy": {"site": {
		"bucket": "${aws_s3_bucket.site.id}",
		"policy": {"Version": "2012-10-17", "Statement": [public_statement]},
	}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_s3_bucket_policy", "site", "policy", "Statement", 0, "Principal"]
}

test_single_statement_object_and_aws_star if {
	r := p.deny with input as {"resource": {"aws_s3_bucket": {"legacy": {"policy": {"Statement": {
		"Effect": "Allow", "Principal": {"AWS": ["*"]}, "Action": "s3:*",
	}}}}}}
	count(r) == 1
}

test_condition_makes_it_fine if {
	count(p.deny) == 0 with input as {"resource": {"aws_s3_bucket_policy": {"site": {"policy": {"Statement": [object.union(public_statement, {"Condition": {"StringEquals": {"aws:SourceVpce": "vpce-1"}}})]}}}}}
}

test_deny_statement_is_fine if {
	count(p.deny) == 0 with input as {"resource": {"aws_s3_bucket_policy": {"tls": {"policy": {"Statement": [object.union(public_statement, {"Effect": "Deny"})]}}}}}
}

test_named_principal_is_fine if {
	count(p.deny) == 0 with input as {"resource": {"aws_s3_bucket_policy": {"site": {"policy": {"Statement": [object.union(public_statement, {"Principal": {"AWS": "arn:aws:iam::123456789012:root"}})]}}}}}
}

test_policy_document_attached_to_bucket if {
	r := p.deny with input as {
		"resource": {"aws_s3_bucket_policy": {"site": {"policy": "${data.aws_iam_policy_document.site.json}"}}},
		"data": {"aws_iam_policy_document": {"site": {"statement": [{"actions": ["s3:GetObject"], "principals": [{"type": "*", "identifiers": ["*"]}]}]}}},
	}
	count(r) == 1
	some f in r
	f.path == ["data", "aws_iam_policy_document", "site", "statement", 0, "principals", 0]
}

test_policy_document_with_condition_is_fine if {
	count(p.deny) == 0 with input as {
		"resource": {"aws_s3_bucket_policy": {"site": {"policy": "${data.aws_iam_policy_document.site.json}"}}},
		"data": {"aws_iam_policy_document": {"site": {"statement": [{
			"principals": [{"type": "AWS", "identifiers": ["*"]}],
			"condition": [{"test": "StringEquals", "variable": "aws:PrincipalOrgID", "values": ["o-123"]}],
		}]}}},
	}
}

test_policy_document_not_used_by_a_bucket_is_ignored if {
	count(p.deny) == 0 with input as {"data": {"aws_iam_policy_document": {"assume": {"statement": [{"principals": [{"type": "*", "identifiers": ["*"]}]}]}}}}
}
