# METADATA
# title: SNS topic policy allows any principal without a condition
# description: >-
#   A topic policy statement that allows Principal "*" (or AWS "*") without a condition
#   on the caller's account, organization or network, or on the source owner or ARN, lets
#   any AWS account publish to or subscribe to the topic. Policies on aws_sns_topic_policy
#   and the topic's inline policy, in jsonencode, heredoc JSON or a data "aws_iam_policy_document", are checked.
# related_resources:
#   - ref: https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sns_topic_policy
# custom:
#   id: PL-TF-075
#   severity: high
#   rationale: Anyone could subscribe an endpoint and receive every notification, or publish forged messages to the subscribers.
#   input: terraform
#   resources: [aws_sns_topic, aws_sns_topic_policy, aws_iam_policy_document]
#   tags: [aws, sns, iam, public-access]
#   remediation: >-
#     Name the principals, or keep `"*"` only with a condition such as `AWS:SourceOwner`,
#     `aws:SourceArn` or `aws:PrincipalOrgID` that limits it to your accounts and sources.
package platlint.terraform.sns_policy_public

import data.platlint.lib.aws

policy_types := ["aws_sns_topic", "aws_sns_topic_policy"]

deny contains finding if {
	some finding in aws.public_policy_findings(policy_types, "topic policy")
}
