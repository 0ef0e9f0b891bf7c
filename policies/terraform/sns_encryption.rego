# METADATA
# title: SNS topic not encrypted
# description: >-
#   SNS topics, unlike SQS queues, are not encrypted by default: without
#   kms_master_key_id the messages a topic stores until delivery are kept unencrypted.
# related_resources:
#   - ref: https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sns_topic#kms_master_key_id
# custom:
#   id: PL-TF-074
#   severity: medium
#   rationale: Notifications often carry personal or operational data, though reading them at rest needs access to AWS storage.
#   input: terraform
#   resources: [aws_sns_topic]
#   tags: [aws, sns, encryption, kms]
#   remediation: >-
#     Set `kms_master_key_id = aws_kms_key.sns.arn` (a customer managed key whose policy lets the
#     publishing services use it) or `"alias/aws/sns"` when only same-account principals publish.
package platlint.terraform.sns_encryption

deny contains finding if {
	some name, topic in input.resource.aws_sns_topic
	object.get(topic, "kms_master_key_id", "") in {"", null}
	finding := {
		"msg": sprintf("aws_sns_topic.%s has no kms_master_key_id, so its messages are not encrypted at rest", [name]),
		"path": key_path(name, topic),
	}
}

key_path(name, t) := ["resource", "aws_sns_topic", name, "kms_master_key_id"] if "kms_master_key_id" in object.keys(t)

key_path(name, t) := ["resource", "aws_sns_topic", name] if not "kms_master_key_id" in object.keys(t)
