# METADATA
# title: SSM parameter with a secret-looking name stored as plain String
# description: >-
#   An aws_ssm_parameter of type String or StringList whose name says it holds a
#   password, token or key is stored unencrypted: anyone allowed ssm:GetParameter reads
#   it without needing kms:Decrypt, and it is shown in clear in the console and the
#   CLI. Names of pointers (…_ARN, …_NAME, …_URL) are not flagged.
# related_resources:
#   - ref: https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-parameter-store.html#what-is-a-parameter
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ssm_parameter
# custom:
#   id: PL-TF-084
#   severity: medium
#   rationale: The secret is protected by IAM alone, with no encryption or separate key permission.
#   input: terraform
#   resources: [aws_ssm_parameter]
#   tags: [aws, ssm, secrets, encryption]
#   remediation: >-
#     Set `type = "SecureString"` (optionally with `key_id = aws_kms_key.params.arn`); changing the type
#     replaces the parameter, so readers need `kms:Decrypt` and `WithDecryption`.
package platlint.terraform.ssm_parameter_plaintext_secret

import data.platlint.lib.terraform as tf

deny contains finding if {
	some name, p in input.resource.aws_ssm_parameter
	p.type in {"String", "StringList"}
	secret_name(parameter_leaf(name, p))
	finding := {
		"msg": sprintf("aws_ssm_parameter.%s looks like a secret but has type %q instead of SecureString", [name, p.type]),
		"path": ["resource", "aws_ssm_parameter", name, "type"],
	}
}

# parameter_leaf is the last segment of the parameter's name, or the resource
# name when that segment is computed.
parameter_leaf(_, p) := leaf(p.name) if literal_leaf(p.name)

parameter_leaf(name, p) := name if not literal_leaf(object.get(p, "name", ""))

leaf(n) := parts[count(parts) - 1] if parts := split(n, "/")

literal_leaf(n) if {
	is_string(n)
	not tf.is_reference(leaf(n))
	leaf(n) != ""
}

secret_name(key) if {
	k := lower(key)
	regex.match(`(passw(or)?d|passwd|secret|token|api[_.\-]?key|private[_.\-]?key|access[_.\-]?key|credential|signing[_.\-]?key|encryption[_.\-]?key)`, k)
	not regex.match(`([_.\-]|^)(arn|id|name|names|param|parameter|path|file|dir|url|uri|endpoint|host|ref|key[_.\-]?id|enabled|disabled|required|length|ttl|expiry|expiration|timeout|seconds|minutes|hours|days|duration|header|type|mode|policy|rotation|region|version|count|size|audience|issuer|algorithm|alg|prefix|format|scope|scopes|field|provider|store|backend|bucket|table|location|source)$`, k)
	not regex.match(`(arn|name|param|path|file|url|uri|ref)$`, k)
}
