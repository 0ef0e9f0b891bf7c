package platlint.terraform.ssm_parameter_plaintext_secret_test

import data.platlint.terraform.ssm_parameter_plaintext_secret as ssm

test_password_as_string if {
	r := ssm.deny with input as {"resource": {"aws_ssm_parameter": {"db": {"name": "/prod/db/password", "type": "String", "value": "${random_password.db.result}"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_ssm_parameter", "db", "type"]
}

test_computed_name_falls_back_to_the_resource_name if {
	count(ssm.deny) == 1 with input as {"resource": {"aws_ssm_parameter": {"api_token": {"name": "${var.prefix}/${var.token_name}", "type": "String", "value": "${var.token}"}}}}
}

test_template_name_with_literal_leaf if {
	count(ssm.deny) == 1 with input as {"resource": {"aws_ssm_parameter": {"x": {"name": "/${var.env}/stripe/api_key", "type": "String"}}}}
}

test_secure_string_and_plain_settings_are_fine if {
	count(ssm.deny) == 0 with input as {"resource": {"aws_ssm_parameter": {
		"db": {"name": "/prod/db/password", "type": "SecureString", "value": "${random_password.db.result}"},
		"url": {"name": "/prod/db/url", "type": "String"},
		"arn": {"name": "/prod/db/password_secret_arn", "type": "String"},
		"ttl": {"name": "/prod/auth/token_ttl", "type": "String", "value": "3600"},
		"var": {"name": "/prod/db/password", "type": "${var.type}"},
	}}}
}
