# METADATA
# title: DynamoDB table without point-in-time recovery
# description: >-
#   Point-in-time recovery keeps continuous backups for up to 35 days, so a
#   bad deploy, a buggy batch job or a deleted table can be restored to any
#   second. It is off unless the table has point_in_time_recovery with
#   enabled = true. Terraform state lock tables (hash key "LockID") hold
#   nothing to restore and are not checked.
# related_resources:
#   - ref: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table#point_in_time_recovery
# custom:
#   id: PL-TF-037
#   severity: medium
#   rationale: Without it a faulty write or delete is unrecoverable, though it takes that mistake to happen.
#   input: terraform
#   resources: [aws_dynamodb_table]
#   tags: [aws, dynamodb, backup, resilience]
#   remediation: Add `point_in_time_recovery { enabled = true }` to the table.
package platlint.terraform.dynamodb_pitr_disabled

import data.platlint.lib.aws

deny contains finding if {
	some name, t in input.resource.aws_dynamodb_table
	not state_lock_table(t)
	count(object.get(t, "point_in_time_recovery", [])) == 0
	finding := {
		"msg": sprintf("aws_dynamodb_table.%s has no point_in_time_recovery { enabled = true }", [name]),
		"path": ["resource", "aws_dynamodb_table", name],
	}
}

deny contains finding if {
	some name, t in input.resource.aws_dynamodb_table
	not state_lock_table(t)
	some i, pitr in t.point_in_time_recovery
	aws.not_true(pitr, "enabled", false)
	finding := {
		"msg": sprintf("aws_dynamodb_table.%s does not enable point-in-time recovery", [name]),
		"path": array.concat(["resource", "aws_dynamodb_table", name, "point_in_time_recovery", i], enabled_key(pitr)),
	}
}

enabled_key(pitr) := ["enabled"] if "enabled" in object.keys(pitr)

enabled_key(pitr) := [] if not "enabled" in object.keys(pitr)

# state_lock_table holds for the table Terraform's s3 backend locks state
# with (hash key "LockID"), which holds no data worth restoring or guarding.
state_lock_table(t) if t.hash_key == "LockID"
