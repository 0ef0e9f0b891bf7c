# METADATA
# title: Credential in an ENV instruction
# description: >-
#   ENV values are stored in the image configuration: anyone who can pull the
#   image reads them with `docker inspect`, and every container and child
#   image inherits them. An ENV named like a credential (DB_PASSWORD,
#   NPM_TOKEN, AWS_SECRET_ACCESS_KEY, stripeApiKey) with a literal value, a
#   literal AWS access key id or private key, or a build argument copied into
#   a credential ENV of the shipped image puts that secret in the image.
#   Names that only point at a secret (DB_PASSWORD_FILE, TOKEN_URL), values
#   that are paths, booleans or other variables are not flagged.
# related_resources:
#   - ref: https://docs.docker.com/build/building/secrets/
#   - ref: https://docs.docker.com/reference/dockerfile/#env
#   - ref: https://www.cisecurity.org/benchmark/docker
# custom:
#   id: PL-DF-013
#   severity: high
#   rationale: The secret is readable by everyone with pull access to the image and by every process in the container.
#   input: dockerfile
#   resources: [ENV]
#   tags: [docker, secrets]
#   remediation: >-
#     Inject the secret at run time (a Kubernetes Secret, `docker run --env-file`, a secrets manager)
#     and read it from the environment or a mounted file (`ENV DB_PASSWORD_FILE=/run/secrets/db_password`);
#     for build-time use, `RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci`.
package platlint.dockerfile.secret_in_env

import data.platlint.lib.dockerfile as df
import data.platlint.lib.shell

deny contains finding if {
	some i, s in input.stages
	some j, ins in s.instructions
	ins.cmd == "env"
	some kv in ins.pairs
	credential_name(kv.key)
	literal_secret(kv.value)
	finding := {
		"msg": sprintf("%s sets ENV %s to a literal value", [df.stage_label(i), kv.key]),
		"path": ["stages", i, "instructions", j],
	}
}

deny contains finding if {
	some i, s in input.stages
	some j, ins in s.instructions
	ins.cmd == "env"
	some kv in ins.pairs
	not credential_name(kv.key)
	secret_value(kv.value)
	finding := {
		"msg": sprintf("%s sets ENV %s to what looks like a key", [df.stage_label(i), kv.key]),
		"path": ["stages", i, "instructions", j],
	}
}

# ARG NPM_TOKEN then ENV NPM_TOKEN=$NPM_TOKEN persists the build argument.
deny contains finding if {
	some i in shell.shipped_stages
	some j, ins in input.stages[i].instructions
	ins.cmd == "env"
	some kv in ins.pairs
	credential_name(kv.key)
	some ref in regex.find_all_string_submatch_n(`\$\{?([A-Za-z_][A-Za-z0-9_]*)`, kv.value, -1)
	declared_arg(i, j, ref[1])
	finding := {
		"msg": sprintf("%s copies build argument %s into ENV %s, which persists it in the image", [df.stage_label(i), ref[1], kv.key]),
		"path": ["stages", i, "instructions", j],
	}
}

declared_arg(i, j, name) if {
	some k, a in input.stages[i].instructions
	k < j
	a.cmd == "arg"
	some kv in a.pairs
	kv.key == name
}

# name_words splits DB_PASSWORD, db-password, dbPassword into lower-case words.
name_words(key) := [w | some w in regex.split(`[^a-z0-9]+`, lower(regex.replace(key, `([a-z0-9])([A-Z])`, "${1}_${2}"))); w != ""]

credential_words := {"password", "passwd", "pass", "pwd", "passphrase", "secret", "token", "apikey", "credential", "credentials", "privatekey", "accesskey", "secretkey"}

key_qualifiers := {"api", "access", "private", "secret", "auth", "encryption", "signing", "master", "client"}

# Trailing words that make the name about a secret rather than the secret.
reference_words := {
	"file", "path", "dir", "directory", "url", "uri", "endpoint", "host", "port", "name", "user", "username",
	"id", "enabled", "enable", "disabled", "length", "len", "ttl", "expiry", "expiration", "timeout", "header",
	"type", "mode", "policy", "rotation", "size", "prefix", "suffix", "version", "format", "method", "count",
	"limit", "location", "min", "max", "algorithm", "issuer", "audience", "scope", "scopes", "lifetime",
	"duration", "interval", "backend", "provider", "store", "ref", "env", "var", "required", "arn", "days",
}

credential_name(key) if {
	words := name_words(key)
	some w in words
	credential_word(w)
	not reference_words[words[count(words) - 1]]
	not words == ["pwd"]
	not public(words)
}

credential_name(key) if {
	words := name_words(key)
	some k, w in words
	w in key_qualifiers
	words[k + 1] == "key"
	not reference_words[words[count(words) - 1]]
	not public(words)
}

# PGPASSWORD, clientsecret, csrftoken: the credential word glued to another.
credential_word(w) if w in credential_words

credential_word(w) if regex.match(`.(password|passwd|secret|token|apikey)$`, w)

# Keys meant to be public (NEXT_PUBLIC_*, publishable keys) are not secrets.
public(words) if {
	some w in words
	w in {"public", "publishable", "pub"}
}

placeholders := {"true", "false", "yes", "no", "on", "off", "none", "null", "nil", "0", "1", "enabled", "disabled"}

literal_secret(v) if {
	is_string(v)
	v != ""
	not contains(v, "$")
	not lower(v) in placeholders
	not regex.match(`^[0-9]+[smhd]?$`, v)
	not regex.match(`^(/|\./|~/)`, v)
	not url_without_userinfo(v)
}

url_without_userinfo(v) if {
	regex.match(`^[a-z][a-z0-9+.-]*://`, lower(v))
	not regex.match(`^[a-z][a-z0-9+.-]*://[^/@\s]+:[^/@\s]+@`, lower(v))
}

secret_value(v) if regex.match(`^(AKIA|ASIA)[A-Z0-9]{16}$`, v)

secret_value(v) if contains(v, "-----BEGIN")
