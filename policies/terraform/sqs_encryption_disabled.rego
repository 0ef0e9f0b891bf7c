# METADATA
# title: SQS queue with server-side encryption turned off
# description: >-
#   New queues are encrypted with SQS-managed keys (SSE-SQS) by default, so only a queue
#   that sets sqs_managed_sse_enabled = false without a kms_master_key_id stores its
#   messages unencrypted. Queues that leave both unset keep the encrypted default and are
#   not flagged.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sqs_queue#server-side-encryption-sse
# custom:
#   id: PL-TF-072
#   severity: medium
#   rationale: Messages often carry personal or business data, though reading them at rest still needs access to AWS storage.
#   input: terraform
#   resources: [aws_sqs_queue]
#   tags: [aws, sqs, encryption]
#   remediation: >-
#     Remove `sqs_managed_sse_enabled = false` (or set it to true), or encrypt with a customer
#     managed key: `kms_master_key_id = aws_kms_key.queues.arn`.
package platlint.terraform.sqs_encryption_disabled

deny contains finding if {
	some name, q in input.resource.aws_sqs_queue
	q.sqs_managed_sse_enabled in {false, "false"}
	object.get(q, "kms_master_key_id", "") in {"", null}
	finding := {
		"msg": sprintf("aws_sqs_queue.%s turns server-side encryption off (sqs_managed_sse_enabled = false and no kms_master_key_id)", [name]),
		"path": ["resource", "aws_sqs_queue", name, "sqs_managed_sse_enabled"],
	}
}
