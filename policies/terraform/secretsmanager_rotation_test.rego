package platlint.terraform.secretsmanager_rotation_test

import data.platlint.terraform.secretsmanager_rotation as rot

rules := [{"automatically_after_days": 30}]

test_secret_without_rotation if {
	r := rot.deny with input as {"resource": {"aws_secretsmanager_secret": {"db": {"name": "prod/db"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_secretsmanager_secret", "db"]
}

test_rotation_of_another_secret_does_not_count if {
	r := rot.deny with input as {"resource": {
		"aws_secretsmanager_secret": {"db": {"name": "prod/db"}, "api": {"name": "prod/api"}},
		"aws_secretsmanager_secret_rotation": {"db": {"secret_id": "${aws_secretsmanager_secret.db.id}", "rotation_rules": rules}},
	}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_secretsmanager_secret", "api"]
}

test_rotation_by_reference_name_or_arn_is_fine if {
	count(rot.deny) == 0 with input as {"resource": {
		"aws_secretsmanager_secret": {"db": {"name": "prod/db"}, "api": {"name": "prod/api"}, "jwt": {"name": "prod/jwt"}},
		"aws_secretsmanager_secret_rotation": {
			"db": {"secret_id": "${aws_secretsmanager_secret.db.id}", "rotation_rules": rules},
			"api": {"secret_id": "prod/api", "rotation_rules": rules},
			"jwt": {"secret_id": "arn:aws:secretsmanager:eu-west-1:111122223333:secret:prod/jwt-AbCdEf", "rotation_rules": rules},
		},
	}}
}

test_rotation_over_for_each_is_not_flagged if {
	count(rot.deny) == 0 with input as {"resource": {
		"aws_secretsmanager_secret": {"db": {"name": "prod/db"}},
		"aws_secretsmanager_secret_rotation": {"all": {"for_each": "${var.secret_ids}", "secret_id": "${each.value}", "rotation_rules": rules}},
	}}
}

test_legacy_inline_rotation_is_fine if {
	count(rot.deny) == 0 with input as {"resource": {"aws_secretsmanager_secret": {"db": {
		"name": "prod/db",
		"rotation_lambda_arn": "${aws_lambda_function.rotate.arn}",
		"rotation_rules": rules,
	}}}}
}
