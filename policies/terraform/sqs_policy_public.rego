# METADATA
# title: SQS queue policy allows any principal without a condition
# description: >-
#   A queue policy statement that allows Principal "*" (or AWS "*") without a condition
#   on the caller's account, organization or network, or on the source ARN, lets any AWS
#   account send, read or delete messages. Policies on aws_sqs_queue_policy and the
#   queue's inline policy, in jsonencode, heredoc JSON or a data "aws_iam_policy_document", are checked.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-basic-examples-of-sqs-policies.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sqs_queue_policy
# custom:
#   id: PL-TF-073
#   severity: high
#   rationale: Anyone could inject messages into the consumers or read and delete the queue's messages.
#   input: terraform
#   resources: [aws_sqs_queue, aws_sqs_queue_policy, aws_iam_policy_document]
#   tags: [aws, sqs, iam, public-access]
#   remediation: >-
#     Name the principals, or for a service that publishes to the queue keep a service principal
#     and add a condition such as `aws:SourceArn = aws_sns_topic.events.arn` or `aws:SourceAccount`.
package platlint.terraform.sqs_policy_public

import data.platlint.lib.aws

policy_types := ["aws_sqs_queue", "aws_sqs_queue_policy"]

deny contains finding if {
	some finding in aws.public_policy_findings(policy_types, "queue policy")
}
