package platlint.terraform.provider_hardcoded_credentials_test

import data.platlint.terraform.provider_hardcoded_credentials as cred

test_literal_keys if {
	r := cred.deny with input as {"provider": {"aws": [{
		"region": "eu-west-1",
		"access_key": "AKIAIOSFODNN7EXAMPLE",
		"secret_key": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
	}]}}
	count(r) == 2
	paths := {f.path | some f in r}
	["provider", "aws", 0, "secret_key"] in paths
}

test_token_on_aliased_provider if {
	r := cred.deny with input as {"provider": {"aws": [{"region": "eu-west-1"}, {"alias": "us", "region": "us-east-1", "token": "IQoJb3JpZ2luX2VjEXAMPLE"}]}}
	count(r) == 1
	some f in r
	f.path == ["provider", "aws", 1, "token"]
	contains(f.msg, `alias "us"`)
}

test_variables_and_profiles_are_fine if {
	count(cred.deny) == 0 with input as {"provider": {"aws": [
		{"region": "eu-west-1", "access_key": "${var.aws_access_key}", "secret_key": "${var.aws_secret_key}"},
		{"alias": "prod", "profile": "prod", "assume_role": [{"role_arn": "arn:aws:iam::111122223333:role/terraform"}]},
	]}}
}
