package platlint.kubernetes.configmap_credentials_test

import data.platlint.kubernetes.configmap_credentials as p

cm(entries) := {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "prod"}, "data": entries}

test_password_key if {
	r := p.deny with input as cm({"DB_PASSWORD": "hunter2", "LOG_LEVEL": "info"})
	count(r) == 1
	some f in r
	f.path == ["data", "DB_PASSWORD"]
	f.msg == `ConfigMap prod/app key "DB_PASSWORD" looks like a credential`
}

test_camel_case_and_dotted_names if {
	count(p.deny) == 2 with input as cm({"stripeApiKey": "sk_live_x", "tls.private-key": "abc"})
}

test_private_key_value_under_innocent_name if {
	count(p.deny) == 1 with input as cm({"cert": "-----BEGIN RSA PRIVATE KEY-----\nMIIE..."})
}

test_aws_access_key_id_value if {
	count(p.deny) == 1 with input as cm({"aws": "AKIAIOSFODNN7EXAMPLE"})
}

test_non_secret_names_are_fine if {
	count(p.deny) == 0 with input as cm({
		"LOG_LEVEL": "debug",
		"PASSWORD_FILE": "/run/secrets/db",
		"TOKEN_URL": "https://auth.example.com/token",
		"SECRET_NAME": "db-credentials",
		"PASSWORD_MIN_LENGTH": "12",
		"ENABLE_TOKEN_AUTH": "true",
		"API_KEY_HEADER": "X-Api-Key",
	})
}

deployment(env) := {
	"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web"},
	"spec": {"template": {"spec": {"containers": [{"name": "api", "env": env}]}}},
}

test_literal_env_credential if {
	r := p.deny with input as deployment([{"name": "PORT", "value": "8080"}, {"name": "API_TOKEN", "value": "abc123"}])
	count(r) == 1
	some f in r
	f.path == ["spec", "template", "spec", "containers", 0, "env", 1, "value"]
}

test_secret_backed_env_is_fine if {
	count(p.deny) == 0 with input as deployment([{"name": "API_TOKEN", "valueFrom": {"secretKeyRef": {"name": "api", "key": "token"}}}])
}
