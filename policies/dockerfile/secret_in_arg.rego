# METADATA
# title: Credential passed as a build argument
# description: >-
#   Build arguments are not secret: a default value sits in the Dockerfile and
#   its history, and a value passed with --build-arg is recorded in the image
#   history of every RUN of the stage (`docker history` shows it) and in
#   provenance attestations. An ARG named like a credential (NPM_TOKEN,
#   GITHUB_TOKEN, DB_PASSWORD) is flagged when it has a literal default (any
#   stage, or before the first FROM), or when it is declared in a stage that
#   ships and a RUN follows. Build secrets belong in RUN --mount=type=secret,
#   which never reaches a layer or the history. ARGs declared in builder
#   stages without a default are not flagged.
# related_resources:
#   - ref: https://docs.docker.com/build/building/secrets/
#   - ref: https://docs.docker.com/reference/dockerfile/#arg
#   - ref: https://docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/
# custom:
#   id: PL-DF-014
#   severity: high
#   rationale: The credential is readable by anyone with access to the image, its history or the build provenance.
#   input: dockerfile
#   resources: [ARG]
#   tags: [docker, secrets]
#   remediation: >-
#     Pass it as a build secret instead: `RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci`
#     with `docker build --secret id=npm_token,env=NPM_TOKEN .`, and drop the ARG.
package platlint.dockerfile.secret_in_arg

import data.platlint.lib.dockerfile as df
import data.platlint.lib.shell

deny contains finding if {
	some k, a in object.get(input, "args", [])
	credential_name(a.name)
	literal_secret(object.get(a, "value", ""))
	finding := {
		"msg": sprintf("global ARG %s (line %d) has a literal default value", [a.name, a.line]),
		"path": ["args", k],
	}
}

deny contains finding if {
	some i, s in input.stages
	some j, ins in s.instructions
	ins.cmd == "arg"
	some kv in ins.pairs
	credential_name(kv.key)
	literal_secret(object.get(kv, "value", ""))
	finding := {
		"msg": sprintf("%s declares ARG %s with a literal default value", [df.stage_label(i), kv.key]),
		"path": ["stages", i, "instructions", j],
	}
}

deny contains finding if {
	some i in shell.shipped_stages
	some j, ins in input.stages[i].instructions
	ins.cmd == "arg"
	some kv in ins.pairs
	credential_name(kv.key)
	not literal_secret(object.get(kv, "value", ""))
	some k, later in input.stages[i].instructions
	k > j
	later.cmd == "run"
	finding := {
		"msg": sprintf("%s declares ARG %s, whose value is recorded in the history of the image's RUN layers", [df.stage_label(i), kv.key]),
		"path": ["stages", i, "instructions", j],
	}
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
