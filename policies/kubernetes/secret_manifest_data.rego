# METADATA
# title: Secret manifest with a committed credential
# description: >-
#   A Secret manifest keeps its values in the repository: data is only
#   base64-encoded, stringData is plain text, and both stay in git history,
#   CI logs and every clone. A key named like a credential (password, token,
#   api_key, tls.key, ssh-privatekey, .dockerconfigjson), or a value that is
#   a private key, an AWS access key id or a URL with a password, is
#   reported. Encrypted manifests (SOPS, with their sops metadata),
#   placeholders (${VAR}, <password>, changeme) and empty values are not;
#   SealedSecret and ExternalSecret are different kinds and are not checked.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/configuration/secret/#information-security-for-secrets
#   - ref: https://kubernetes.io/docs/concepts/security/secrets-good-practices/
# custom:
#   id: PL-K8S-043
#   severity: high
#   rationale: A credential in the repository is readable by everyone with access to it, for as long as its history exists.
#   input: kubernetes
#   resources: [Secret]
#   tags: [kubernetes, secrets]
#   remediation: >-
#     Remove the Secret from the repository, rotate the credential and deliver it through an
#     external store (External Secrets Operator, Vault) or an encrypted manifest (SOPS,
#     Sealed Secrets); commit only the reference, e.g. an ExternalSecret with
#     `spec: {secretStoreRef: {name: vault}, data: [{secretKey: password, remoteRef: {key: db/password}}]}`.
package platlint.kubernetes.secret_manifest_data

import data.platlint.lib.kubernetes as k8s
import data.platlint.lib.kubernetes_security as sec

secret_keys := {"tls.key", "ssh-privatekey", ".dockerconfigjson", ".dockercfg", "password", "token"}

deny contains finding if {
	input.kind == "Secret"
	not sec.has(input, "sops")
	some field in ["data", "stringData"]
	some key, value in sec.obj(object.get(input, field, null))
	plain := decoded(field, value)
	committed(key, plain)
	finding := {
		"msg": sprintf("%s commits the credential %q in %s%s", [k8s.name, key, field, note(field)]),
		"path": [field, key],
	}
}

note("data") := "; base64 is an encoding, not encryption"

note("stringData") := ""

decoded("stringData", v) := v if is_string(v)

decoded("data", v) := d if {
	is_string(v)
	d := base64.decode(v)
} else := v if is_string(v)

committed(key, v) if {
	credential_key(key)
	real_value(v)
}

committed(key, v) if {
	not credential_key(key)
	credential_value(v)
}

credential_key(key) if k8s.credential_name(key)

credential_key(key) if lower(key) in secret_keys

credential_value(v) if k8s.credential_value(v)

# A URL with a password in its user info: postgres://app:s3cret@db:5432/app.
credential_value(v) if regex.match(`[a-zA-Z][a-zA-Z0-9+.\-]*://[^/\s:@]+:[^/\s@]+@`, v)

real_value(v) if {
	k8s.literal_value(v)
	not placeholder(v)
}

placeholder(v) if sec.templated(v)

placeholder(v) if regex.match(`^\s*<[^<>]+>\s*$`, v)

placeholder(v) if lower(trim_space(v)) in {"replace_me", "replaceme", "todo", "xxx", "redacted", "placeholder"}
