# METADATA
# title: Lambda environment variable holds a literal secret
# description: >-
#   An environment variable whose name says it is a password, token or key (DB_PASSWORD,
#   API_KEY, STRIPE_SECRET...), or whose value is an AWS access key, a private key or a
#   URL with an embedded password,
#   written as a literal in Terraform ends up in the repository, the state, the plan
#   output and the Lambda console of everyone with lambda:GetFunctionConfiguration.
#   Values computed by references, and names of secrets such as SECRET_ARN or
#   DB_PASSWORD_PARAM, are not flagged.
# related_resources:
#   - ref: https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-encryption
#   - ref: https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_lambda.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function#environment
# custom:
#   id: PL-TF-070
#   severity: high
#   rationale: A committed credential is readable by everyone with access to the code or the state and is hard to revoke everywhere.
#   input: terraform
#   resources: [aws_lambda_function]
#   tags: [aws, lambda, secrets]
#   remediation: >-
#     Store the value in Secrets Manager or SSM Parameter Store (SecureString), pass only its name
#     (`DB_PASSWORD_SECRET_ARN = aws_secretsmanager_secret.db.arn`) and read it at run time, for
#     example with the AWS Parameters and Secrets Lambda Extension.
package platlint.terraform.lambda_env_secrets

import data.platlint.lib.terraform as tf

deny contains finding if {
	some name, fn in input.resource.aws_lambda_function
	some i, env in fn.environment
	some key, value in env.variables
	literal_secret(key, value)
	finding := {
		"msg": sprintf("aws_lambda_function.%s environment variable %s holds a literal secret", [name, key]),
		"path": ["resource", "aws_lambda_function", name, "environment", i, "variables", key],
	}
}

literal_secret(key, value) if {
	secret_name(key)
	literal(value)
}

literal_secret(_, value) if secret_value(value)

# secret_name holds for names that suggest a secret value, also inside longer
# names, but not for names of a pointer to the secret or of a setting about it.
secret_name(key) if {
	k := lower(key)
	regex.match(`(passw(or)?d|passwd|secret|token|api[_.\-]?key|private[_.\-]?key|access[_.\-]?key|credential|signing[_.\-]?key|encryption[_.\-]?key)`, k)
	not regex.match(`([_.\-]|^)(arn|id|name|names|param|parameter|path|file|dir|url|uri|endpoint|host|ref|key[_.\-]?id|enabled|disabled|required|length|ttl|expiry|expiration|timeout|seconds|minutes|hours|days|duration|header|type|mode|policy|rotation|region|version|count|size|audience|issuer|algorithm|alg|prefix|format|scope|scopes|field|provider|store|backend|bucket|table|location|source)$`, k)
	not regex.match(`(arn|name|param|path|file|url|uri|ref)$`, k)
}

# literal holds for a non-empty value written in the configuration, as opposed
# to a reference, a pointer to a secret store, or a switch.
literal(v) if {
	is_string(v)
	not tf.is_reference(v)
	trim_space(v) != ""
	not lower(v) in {"true", "false", "yes", "no", "none", "null", "disabled", "enabled"}
	not regex.match(`^[0-9]+$`, v)
	not regex.match(`^(arn:|/|\{\{resolve:)`, v)
	not placeholder(v)
}

# placeholder holds for values that stand in for a secret set elsewhere.
placeholder(v) if regex.match(`(?i)^(<[^>]*>|x+|\*+|-+|\.+|changeme|change[_\-]?me|replace[_\-]?me|todo|tbd|placeholder|dummy|redacted|secret|password|example)$`, trim_space(v))

secret_value(v) if {
	is_string(v)
	regex.match(`-----BEGIN ((RSA|EC|DSA|OPENSSH|ENCRYPTED|PGP) )?PRIVATE KEY( BLOCK)?-----`, v)
}

secret_value(v) if {
	is_string(v)
	regex.match(`(^|[^A-Z0-9])(AKIA|ASIA)[A-Z0-9]{16}([^A-Z0-9]|$)`, v)
}

# A connection string with a literal password, e.g. postgres://app:pw@db:5432/app.
secret_value(v) if {
	is_string(v)
	regex.match(`^[a-zA-Z][a-zA-Z0-9+.\-]*://[^/\s:@]+:[^/\s@$]+@`, v)
}
