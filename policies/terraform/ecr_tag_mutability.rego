# METADATA
# title: ECR repository allows overwriting image tags
# description: >-
#   With image_tag_mutability MUTABLE (the default) a push can silently move an existing
#   tag such as v1.4.2 to different content, so a deployment that pins a tag may run an
#   image nobody reviewed. IMMUTABLE, and the *_WITH_EXCLUSION modes that keep chosen
#   tags immutable, are accepted.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecr_repository
# custom:
#   id: PL-TF-056
#   severity: medium
#   rationale: Mutable tags enable tampering and confusing rollbacks, but digest-pinned deployments are unaffected.
#   input: terraform
#   resources: [aws_ecr_repository]
#   tags: [aws, ecr, supply-chain]
#   remediation: >-
#     Set `image_tag_mutability = "IMMUTABLE"`, or `"IMMUTABLE_WITH_EXCLUSION"` with an
#     `image_tag_mutability_exclusion_filter` for moving tags such as `latest`.
package platlint.terraform.ecr_tag_mutability

deny contains finding if {
	some name, repo in input.resource.aws_ecr_repository
	upper(object.get(repo, "image_tag_mutability", "MUTABLE")) == "MUTABLE"
	finding := {
		"msg": sprintf("aws_ecr_repository.%s has mutable image tags (image_tag_mutability is not IMMUTABLE)", [name]),
		"path": attr_path(name, repo),
	}
}

attr_path(name, r) := ["resource", "aws_ecr_repository", name, "image_tag_mutability"] if "image_tag_mutability" in object.keys(r)

attr_path(name, r) := ["resource", "aws_ecr_repository", name] if not "image_tag_mutability" in object.keys(r)
