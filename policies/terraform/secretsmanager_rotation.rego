# METADATA
# title: Secrets Manager secret without automatic rotation
# description: >-
#   A secret with no aws_secretsmanager_secret_rotation (secret_id referring to it by
#   reference, name or ARN) keeps the same value until someone changes it by hand, so a
#   leaked credential stays valid indefinitely.
# related_resources:
#   - ref: https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/secretsmanager_secret_rotation
# custom:
#   id: PL-TF-082
#   severity: low
#   rationale: Rotation shortens the life of a leaked secret, but many third-party credentials cannot be rotated automatically.
#   input: terraform
#   resources: [aws_secretsmanager_secret, aws_secretsmanager_secret_rotation]
#   tags: [aws, secretsmanager, secrets, rotation]
#   remediation: >-
#     Add `resource "aws_secretsmanager_secret_rotation" "db" { secret_id = aws_secretsmanager_secret.db.id
#     rotation_lambda_arn = aws_lambda_function.rotate.arn rotation_rules { automatically_after_days = 30 } }`,
#     or let RDS manage the password with `manage_master_user_password = true`.
package platlint.terraform.secretsmanager_rotation

import data.platlint.lib.terraform as tf

rotations := object.get(input, ["resource", "aws_secretsmanager_secret_rotation"], {})

deny contains finding if {
	some name, secret in input.resource.aws_secretsmanager_secret
	not rotated(name, secret)
	not unresolved_rotation
	finding := {
		"msg": sprintf("aws_secretsmanager_secret.%s has no aws_secretsmanager_secret_rotation", [name]),
		"path": ["resource", "aws_secretsmanager_secret", name],
	}
}

# Provider versions before 5 configured rotation on the secret itself.
rotated(_, secret) if secret.rotation_lambda_arn

# The secrets the rotations name by reference, gathered once.
rotated_by_reference contains name if {
	some rot in rotations
	some name in tf.mentioned(rot.secret_id, "aws_secretsmanager_secret")
}

rotated(name, _) if name in rotated_by_reference

# Rotations that name their secret literally (a name or an ARN) are rare.
literal_ids contains rot.secret_id if {
	some rot in rotations
	is_string(rot.secret_id)
	not tf.is_reference(rot.secret_id)
}

rotated(_, secret) if {
	is_string(secret.name)
	some id in literal_ids
	names_secret(id, secret.name)
}

names_secret(id, secret_name) if id == secret_name

# An ARN ends with the name and a random six-character suffix.
names_secret(id, secret_name) if {
	startswith(id, "arn:")
	contains(id, concat("", [":secret:", secret_name, "-"]))
}

# unresolved_rotation holds when a rotation names its secret through something
# other than a secret of the module (for_each, variables): it may be any of them.
unresolved_rotation if {
	some rot in rotations
	tf.is_reference(rot.secret_id)
	not names_some_secret(rot.secret_id)
}

names_some_secret(v) if {
	some name in tf.mentioned(v, "aws_secretsmanager_secret")
	input.resource.aws_secretsmanager_secret[name]
}
