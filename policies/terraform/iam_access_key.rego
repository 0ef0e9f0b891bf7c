# METADATA
# title: IAM access key created in Terraform
# description: >-
#   aws_iam_access_key creates a long-lived access key: it never expires, is
#   copied into CI systems and laptops, and its secret is written to the
#   Terraform state (in clear text unless pgp_key is set). Workloads should use
#   roles (instance profiles, IRSA or EKS Pod Identity, OIDC federation for
#   CI) and people IAM Identity Center, which hand out temporary credentials.
# related_resources:
#   - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#bp-workloads-use-roles
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_access_key
# custom:
#   id: PL-TF-042
#   severity: medium
#   rationale: Long-lived keys are the most common leaked AWS credential, and this one also sits in the state file.
#   input: terraform
#   resources: [aws_iam_access_key]
#   tags: [aws, iam, credentials, secrets]
#   remediation: >-
#     Remove the access key and give the workload a role instead (an instance profile,
#     `aws_iam_openid_connect_provider` for CI, IRSA for pods); if a key is unavoidable, set `pgp_key`
#     and rotate it.
package platlint.terraform.iam_access_key

deny contains finding if {
	some name, k in input.resource.aws_iam_access_key
	finding := {
		"msg": sprintf("aws_iam_access_key.%s creates a long-lived access key%s", [name, state_note(k)]),
		"path": ["resource", "aws_iam_access_key", name],
	}
}

state_note(k) := "" if k.pgp_key

state_note(k) := " whose secret is stored in clear text in the Terraform state" if not k.pgp_key
