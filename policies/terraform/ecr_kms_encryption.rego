# METADATA
# title: ECR repository not encrypted with a KMS key
# description: >-
#   Without encryption_configuration { encryption_type = "KMS" } image layers are
#   encrypted with AES256 keys that ECR owns, so access to the images cannot be limited
#   or audited through a KMS key policy and CloudTrail records of key use.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonECR/latest/userguide/encryption-at-rest.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecr_repository
# custom:
#   id: PL-TF-057
#   severity: low
#   rationale: Images are encrypted at rest either way; KMS adds key control and auditing.
#   input: terraform
#   resources: [aws_ecr_repository]
#   tags: [aws, ecr, encryption, kms]
#   remediation: >-
#     Add `encryption_configuration { encryption_type = "KMS" kms_key = aws_kms_key.ecr.arn }`
#     (the encryption of a repository is fixed at creation, so this replaces it).
package platlint.terraform.ecr_kms_encryption

deny contains finding if {
	some name, repo in input.resource.aws_ecr_repository
	not repo.encryption_configuration
	not repo.dynamic.encryption_configuration
	finding := {
		"msg": sprintf("aws_ecr_repository.%s has no encryption_configuration, so it uses AES256 rather than a KMS key", [name]),
		"path": ["resource", "aws_ecr_repository", name],
	}
}

deny contains finding if {
	some name, repo in input.resource.aws_ecr_repository
	some i, conf in repo.encryption_configuration
	type := object.get(conf, "encryption_type", "AES256")
	upper(type) == "AES256"
	finding := {
		"msg": sprintf("aws_ecr_repository.%s uses encryption_type AES256 rather than a KMS key", [name]),
		"path": conf_path(name, i, conf),
	}
}

conf_path(name, i, conf) := ["resource", "aws_ecr_repository", name, "encryption_configuration", i, "encryption_type"] if "encryption_type" in object.keys(conf)

conf_path(name, i, conf) := ["resource", "aws_ecr_repository", name, "encryption_configuration", i] if not "encryption_type" in object.keys(conf)
