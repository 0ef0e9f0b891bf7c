# METADATA
# title: AWS credentials hardcoded in the provider block
# description: >-
#   A provider "aws" block with a literal access_key, secret_key or token puts working
#   AWS credentials in the repository, where everyone with read access, every fork and
#   every CI log of the code can use them. References (variables, data sources) are not
#   flagged.
# related_resources:
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs#authentication-and-configuration
#   - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#bp-workloads-use-roles
# custom:
#   id: PL-TF-079
#   severity: critical
#   rationale: Committed access keys are harvested by scanners within minutes and give direct access to the account.
#   input: terraform
#   resources: [provider.aws]
#   tags: [aws, secrets, iam, credentials]
#   remediation: >-
#     Delete the attribute and rotate the key now; let the provider read credentials from the
#     environment, a named `profile`, `assume_role` or OIDC web identity in CI.
package platlint.terraform.provider_hardcoded_credentials

import data.platlint.lib.terraform as tf

deny contains finding if {
	some i, p in input.provider.aws
	some attr in ["access_key", "secret_key", "token"]
	value := p[attr]
	is_string(value)
	trim_space(value) != ""
	not tf.is_reference(value)
	finding := {
		"msg": sprintf("provider \"aws\"%s has a hardcoded %s", [alias_text(p), attr]),
		"path": ["provider", "aws", i, attr],
	}
}

alias_text(p) := sprintf(" (alias %q)", [p.alias]) if is_string(p.alias)

alias_text(p) := "" if not is_string(object.get(p, "alias", null))
