package platlint.terraform.s3_tls_not_enforced_test

import data.platlint.terraform.s3_tls_not_enforced as p

tls_deny := {
	"Sid": "DenyInsecureTransport",
	"Effect": "Deny",
	"Principal": "*",
	"Action": "s3:*",
	"Resource": ["${aws_s3_bucket.data.arn}", "${aws_s3_bucket.data.arn}/*"],
	"Condition": {"Bool": {"aws:SecureTransport": "false"}},
}

allow_role := {
	"Effect": "Allow",
	"Principal": {"AWS": "arn:aws:iam::123456789012:role/reader"},
	"Action": "s3:GetObject",
	"Resource": "${aws_s3_bucket.data.arn}/*",
}

bucket := {"aws_s3_bucket": {"data": {"bucket": "acme-data"}}}

with_policy(policy) := {"resource": object.union(bucket, {"aws_s3_bucket_policy": {"data": {"bucket": "${aws_s3_bucket.data.id}", "policy": policy}}})}

tls_document := {"statement": [{
	"sid": "DenyInsecureTransport",
	"effect": "Deny",
	"principals": [{"type": "*", "identifiers": ["*"]}],
	"actions": ["s3:*"],
	"resources": ["${aws_s3_bucket.data.arn}/*"],
	"condition": [{"test": "Bool", "variable": "aws:SecureTransport", "values": ["false"]}],
}]}

test_bucket_without_policy if {
	r := p.deny with input as {"resource": bucket}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_s3_bucket", "data"]
}

test_jsonencode_policy_with_tls_deny_is_fine if {
	count(p.deny) == 0 with input as with_policy({"Version": "2012-10-17", "Statement": [allow_role, tls_deny]})
}

test_jsonencode_policy_without_tls_deny_points_at_policy if {
	r := p.deny with input as with_policy({"Version": "2012-10-17", "Statement": [allow_role]})
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_s3_bucket_policy", "data", "policy"]
}

test_boolean_false_and_bool_if_exists_are_accepted if {
	st := object.union(tls_deny, {"Condition": {"BoolIfExists": {"aws:SecureTransport": false}}})
	count(p.deny) == 0 with input as with_policy({"Statement": st})
}

test_allow_on_secure_transport_true_does_not_count if {
	st := object.union(tls_deny, {"Effect": "Allow", "Condition": {"Bool": {"aws:SecureTransport": "true"}}})
	count(p.deny) == 1 with input as with_policy({"Statement": [st]})
}

test_policy_document_with_tls_deny_is_fine if {
	count(p.deny) == 0 with input as object.union(
		with_policy("${data.aws_iam_policy_document.data.json}"),
		{"data": {"aws_iam_policy_document": {"data": tls_document}}},
	)
}

test_policy_document_without_tls_deny_points_at_document if {
	r := p.deny with input as object.union(
		with_policy("${data.aws_iam_policy_document.data.json}"),
		{"data": {"aws_iam_policy_document": {"data": {"statement": [{"actions": ["s3:GetObject"], "principals": [{"type": "AWS", "identifiers": ["arn:aws:iam::123456789012:root"]}]}]}}}},
	)
	count(r) == 1
	some f in r
	f.path == ["data", "aws_iam_policy_document", "data"]
}

test_tls_deny_merged_from_source_document_is_fine if {
	count(p.deny) == 0 with input as object.union(
		with_policy("${data.aws_iam_policy_document.data.json}"),
		{"data": {"aws_iam_policy_document": {
			"tls": tls_document,
			"data": {
				"source_policy_documents": ["${data.aws_iam_policy_document.tls.json}"],
				"statement": [{"actions": ["s3:GetObject"]}],
			},
		}}},
	)
}

test_unknown_source_document_is_not_flagged if {
	count(p.deny) == 0 with input as object.union(
		with_policy("${data.aws_iam_policy_document.data.json}"),
		{"data": {"aws_iam_policy_document": {"data": {
			"source_policy_documents": ["${module.baseline.tls_policy_json}"],
			"statement": [{"actions": ["s3:GetObject"]}],
		}}}},
	)
}

test_policy_from_variable_is_not_flagged if {
	count(p.deny) == 0 with input as with_policy("${var.bucket_policy}")
}

test_statements_from_a_function_are_not_flagged if {
	count(p.deny) == 0 with input as with_policy({"Statement": "${concat(local.common_statements, [])}"})
}

test_v3_inline_policy_with_tls_deny_is_fine if {
	count(p.deny) == 0 with input as {"resource": {"aws_s3_bucket": {"data": {"bucket": "acme-data", "policy": {"Statement": [tls_deny]}}}}}
}

test_v3_inline_policy_without_tls_deny if {
	r := p.deny with input as {"resource": {"aws_s3_bucket": {"data": {"bucket": "acme-data", "policy": {"Statement": [allow_role]}}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_s3_bucket", "data", "policy"]
}

test_for_each_policy_is_not_flagged if {
	count(p.deny) == 0 with input as {"resource": object.union(bucket, {"aws_s3_bucket_policy": {"all": {"bucket": "${each.value.id}", "policy": {"Statement": [allow_role]}}}})}
}

test_policy_by_literal_name_is_fine if {
	count(p.deny) == 0 with input as {"resource": object.union(bucket, {"aws_s3_bucket_policy": {"data": {"bucket": "acme-data", "policy": {"Statement": [tls_deny]}}}})}
}

test_indexed_source_document_is_read if {
	count(p.deny) == 0 with input as object.union(
		with_policy("${data.aws_iam_policy_document.data.json}"),
		{"data": {"aws_iam_policy_document": {
			"tls": tls_document,
			"data": {
				"source_policy_documents": ["${data.aws_iam_policy_document.tls[\"data\"].json}"],
				"statement": [{"actions": ["s3:GetObject"]}],
			},
		}}},
	)
}
