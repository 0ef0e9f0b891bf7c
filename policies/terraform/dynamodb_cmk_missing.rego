# METADATA
# title: DynamoDB table not encrypted with a customer managed KMS key
# description: >-
#   DynamoDB always encrypts tables, by default with an AWS owned key that
#   does not appear in the account: its use is not logged in CloudTrail and
#   access to the data cannot be cut by disabling or restricting the key.
#   server_side_encryption { enabled = true kms_key_arn = ... } uses a
#   customer managed key instead (enabled without kms_key_arn uses the AWS
#   managed key aws/dynamodb, whose policy cannot be changed). Terraform state
#   lock tables (hash key "LockID") are not checked.
# related_resources:
#   - ref: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table#server_side_encryption
# custom:
#   id: PL-TF-038
#   severity: low
#   rationale: The data is encrypted either way; a customer key only adds key-level access control and audit.
#   input: terraform
#   resources: [aws_dynamodb_table]
#   tags: [aws, dynamodb, encryption, kms]
#   remediation: Add `server_side_encryption { enabled = true kms_key_arn = aws_kms_key.dynamodb.arn }`.
package platlint.terraform.dynamodb_cmk_missing

import data.platlint.lib.aws
import data.platlint.lib.terraform as tf

deny contains finding if {
	some name, t in input.resource.aws_dynamodb_table
	not state_lock_table(t)
	count(object.get(t, "server_side_encryption", [])) == 0
	finding := {
		"msg": sprintf("aws_dynamodb_table.%s has no server_side_encryption with a customer managed KMS key (an AWS owned key is used)", [name]),
		"path": ["resource", "aws_dynamodb_table", name],
	}
}

deny contains finding if {
	some name, t in input.resource.aws_dynamodb_table
	not state_lock_table(t)
	some i, sse in t.server_side_encryption
	aws.not_true(sse, "enabled", false)
	finding := {
		"msg": sprintf("aws_dynamodb_table.%s does not enable server_side_encryption with a customer managed KMS key (an AWS owned key is used)", [name]),
		"path": array.concat(["resource", "aws_dynamodb_table", name, "server_side_encryption", i], key_if_set(sse, "enabled")),
	}
}

deny contains finding if {
	some name, t in input.resource.aws_dynamodb_table
	not state_lock_table(t)
	some i, sse in t.server_side_encryption
	not aws.not_true(sse, "enabled", false)
	not has_key(sse)
	finding := {
		"msg": sprintf("aws_dynamodb_table.%s server_side_encryption has no kms_key_arn, so the AWS managed key aws/dynamodb is used", [name]),
		"path": ["resource", "aws_dynamodb_table", name, "server_side_encryption", i],
	}
}

has_key(sse) if tf.is_reference(sse.kms_key_arn)

has_key(sse) if {
	is_string(sse.kms_key_arn)
	sse.kms_key_arn != ""
	not endswith(sse.kms_key_arn, "alias/aws/dynamodb")
}

key_if_set(obj, key) := [key] if key in object.keys(obj)

key_if_set(obj, key) := [] if not key in object.keys(obj)

# state_lock_table holds for the table Terraform's s3 backend locks state
# with (hash key "LockID"), which holds no data worth restoring or guarding.
state_lock_table(t) if t.hash_key == "LockID"
