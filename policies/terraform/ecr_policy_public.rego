# METADATA
# title: ECR repository policy allows any principal without a condition
# description: >-
#   A repository policy statement that allows Principal "*" (or AWS "*") without a
#   condition on the caller's account, organization, ARN or network lets every AWS
#   account pull the images, or push over them when write actions are allowed. Policies
#   written with jsonencode, heredoc JSON or a data "aws_iam_policy_document" are checked.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecr_repository_policy
# custom:
#   id: PL-TF-058
#   severity: high
#   rationale: Private images often embed internal code and credentials, and a public push permission lets anyone replace them.
#   input: terraform
#   resources: [aws_ecr_repository_policy, aws_iam_policy_document]
#   tags: [aws, ecr, iam, public-access, supply-chain]
#   remediation: >-
#     Name the accounts or roles that pull (`"arn:aws:iam::111122223333:root"`), or keep `"*"` only
#     with a condition such as `aws:PrincipalOrgID`; publish public images through ECR Public instead.
package platlint.terraform.ecr_policy_public

import data.platlint.lib.aws

policy_types := ["aws_ecr_repository_policy"]

deny contains finding if {
	some finding in aws.public_policy_findings(policy_types, "repository policy")
}
