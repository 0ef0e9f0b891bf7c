package platlint.dockerfile.secret_in_env_test

import data.platlint.dockerfile.secret_in_env as p

stage(i, instructions) := {
	"index": i, "name": "", "base": "node:22-alpine", "from_stage": false, "line": (i * 10) + 1,
	"image": {"name": "node", "tag": "22-alpine", "digest": ""},
	"instructions": array.concat([{"cmd": "from", "args": ["node:22-alpine"], "flags": [], "json": false, "line": (i * 10) + 1}], instructions),
}

env(pairs) := {"cmd": "env", "args": [], "flags": [], "json": false, "line": 3, "pairs": [{"key": k, "value": v} | some [k, v] in pairs]}

arg(name) := {"cmd": "arg", "args": [name], "flags": [], "json": false, "line": 2, "pairs": [{"key": name, "value": ""}]}

test_literal_password if {
	r := p.deny with input as {"stages": [stage(0, [env([["NODE_ENV", "production"], ["DB_PASSWORD", "s3cr3t-prod"]])])]}
	count(r) == 1
	some f in r
	f.path == ["stages", 0, "instructions", 1]
	contains(f.msg, "DB_PASSWORD")
}

test_credential_names if {
	count(p.deny) == 1 with input as {"stages": [stage(0, [env([["stripeApiKey", "sk_live_abc"]])])]}
	count(p.deny) == 1 with input as {"stages": [stage(0, [env([["AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI"]])])]}
	count(p.deny) == 1 with input as {"stages": [stage(0, [env([["SECRET_KEY_BASE", "f00ba4"]])])]}
	count(p.deny) == 1 with input as {"stages": [stage(0, [env([["OAUTH_CLIENT_SECRET", "f00ba4"]])])]}
	count(p.deny) == 1 with input as {"stages": [stage(0, [env([["GITHUB_TOKEN", "ghp_0123456789"]])])]}
	count(p.deny) == 1 with input as {"stages": [stage(0, [env([["PGPASSWORD", "postgres"]])])]}
}

test_access_key_value if {
	count(p.deny) == 1 with input as {"stages": [stage(0, [env([["AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE"]])])]}
}

test_arg_copied_into_env if {
	r := p.deny with input as {"stages": [stage(0, [arg("NPM_TOKEN"), env([["NPM_TOKEN", "${NPM_TOKEN}"]])])]}
	count(r) == 1
	some f in r
	f.path == ["stages", 0, "instructions", 2]
}

test_references_and_harmless_values_are_fine if {
	count(p.deny) == 0 with input as {"stages": [stage(0, [env([
		["DB_PASSWORD_FILE", "/run/secrets/db_password"],
		["GOOGLE_APPLICATION_CREDENTIALS", "/var/secrets/google/key.json"],
		["TOKENIZERS_PARALLELISM", "false"],
		["VAULT_TOKEN_TTL", "1h"],
		["PASSWORD_MIN_LENGTH", "12"],
		["NODE_AUTH_TOKEN", "${NPM_TOKEN}"],
		["AUTH_TOKEN_URL", "https://auth.example.com/token"],
		["PWD", "/app"],
		["KEYCLOAK_URL", "https://sso.example.com"],
		["NEXT_PUBLIC_API_KEY", "pk_live_51H8"],
		["STRIPE_PUBLISHABLE_KEY", "pk_live_51H8"],
		["API_KEY_HEADER", "X-Api-Key"],
		["REDIS_PASSWORD", ""],
	])])]}
}

test_env_from_arg_in_builder_stage_is_fine if {
	count(p.deny) == 0 with input as {"stages": [stage(0, [arg("NPM_TOKEN"), env([["NPM_TOKEN", "$NPM_TOKEN"]])]), stage(1, [])]}
}
