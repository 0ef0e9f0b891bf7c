package platlint.terraform.s3_public_acl_test

import data.platlint.terraform.s3_public_acl

test_public_read_acl_on_bucket if {
	r := s3_public_acl.deny with input as {"resource": {"aws_s3_bucket": {"logs": {"bucket": "logs", "acl": "public-read"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_s3_bucket", "logs", "acl"]
}

test_authenticated_read_on_acl_resource if {
	r := s3_public_acl.deny with input as {"resource": {"aws_s3_bucket_acl": {"a": {"bucket": "${aws_s3_bucket.b.id}", "acl": "authenticated-read"}}}}
	count(r) == 1
}

test_all_users_grant_v3 if {
	r := s3_public_acl.deny with input as {"resource": {"aws_s3_bucket": {"b": {"grant": [
		{"type": "CanonicalUser", "id": "abc", "permissions": ["FULL_CONTROL"]},
		{"type": "Group", "uri": "http://acs.amazonaws.com/groups/global/AllUsers", "permissions": ["READ"]},
	]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_s3_bucket", "b", "grant", 1, "uri"]
}

test_authenticated_users_grant_v4 if {
	r := s3_public_acl.deny with input as {"resource": {"aws_s3_bucket_acl": {"a": {"access_control_policy": [{"grant": [{
		"permission": "READ",
		"grantee": [{"type": "Group", "uri": "http://acs.amazonaws.com/groups/global/AuthenticatedUsers"}],
	}]}]}}}}
	count(r) == 1
}

test_private_acl_is_fine if {
	count(s3_public_acl.deny) == 0 with input as {"resource": {
		"aws_s3_bucket": {"b": {"bucket": "b", "acl": "private"}},
		"aws_s3_bucket_acl": {"a": {"acl": "log-delivery-write"}},
	}}
}

test_canonical_user_grant_is_fine if {
	count(s3_public_acl.deny) == 0 with input as {"resource": {"aws_s3_bucket_acl": {"a": {"access_control_policy": [{"grant": [{
		"permission": "FULL_CONTROL",
		"grantee": [{"type": "CanonicalUser", "id": "1234"}],
	}]}]}}}}
}

test_acl_from_variable_is_not_flagged if {
	count(s3_public_acl.deny) == 0 with input as {"resource": {"aws_s3_bucket": {"b": {"acl": "${var.acl}"}}}}
}
