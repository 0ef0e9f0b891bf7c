package platlint.terraform.lambda_env_secrets_test

import data.platlint.terraform.lambda_env_secrets as env

fn(vars) := {"aws_lambda_function": {"api": {"function_name": "api", "environment": [{"variables": vars}]}}}

test_literal_password if {
	r := env.deny with input as {"resource": fn({"LOG_LEVEL": "info", "DB_PASSWORD": "hunter2-prod"})}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_lambda_function", "api", "environment", 0, "variables", "DB_PASSWORD"]
}

test_camel_case_api_key_and_token if {
	count(env.deny) == 2 with input as {"resource": fn({"stripeApiKey": "sk_live_51HxYzAbC", "SLACK_BOT_TOKEN": "xoxb-1234-5678-abcdef"})}
}

test_access_key_value_under_any_name if {
	r := env.deny with input as {"resource": fn({"AWS_CONFIG": "AKIAIOSFODNN7EXAMPLE"})}
	count(r) == 1
}

test_connection_string_with_password if {
	r := env.deny with input as {"resource": fn({"DATABASE_URL": "postgres://app:s3cr3t@db.internal:5432/app", "SENTRY_DSN": "https://abc123@o1.ingest.sentry.io/42"})}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_lambda_function", "api", "environment", 0, "variables", "DATABASE_URL"]
}

test_references_and_pointers_are_fine if {
	count(env.deny) == 0 with input as {"resource": fn({
		"DB_PASSWORD": "${random_password.db.result}",
		"DB_PASSWORD_SECRET_ARN": "${aws_secretsmanager_secret.db.arn}",
		"API_KEY_PARAM": "/prod/api/key",
		"JWT_SECRET_NAME": "prod/jwt",
		"TOKEN_URL": "https://auth.example.com/oauth/token",
		"SECRET": "arn:aws:secretsmanager:eu-west-1:111122223333:secret:prod/app-AbCdEf",
		"KMS_KEY_ID": "alias/app",
		"TOKEN_TTL": "3600",
		"DATABASE_URL": "postgres://app:${random_password.db.result}@db.internal:5432/app",
		"PASSWORD_MIN_LENGTH": "12",
		"ENABLE_TOKEN_CACHE": "true",
		"TOKEN_AUDIENCE": "api://orders",
		"JWT_SECRET_ALGORITHM": "HS256",
		"ADMIN_PASSWORD": "<set in console>",
		"API_TOKEN": "changeme",
	})}
}

test_function_without_environment_is_fine if {
	count(env.deny) == 0 with input as {"resource": {"aws_lambda_function": {"api": {"function_name": "api"}}}}
}
