# METADATA
# title: ECR repository does not scan images on push
# description: >-
#   A repository without image_scanning_configuration { scan_on_push = true } accepts
#   images without looking for known vulnerabilities. Repositories are not checked when
#   the module also sets a registry-wide aws_ecr_registry_scanning_configuration with
#   rules, which replaces the per-repository setting.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecr_repository
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecr_registry_scanning_configuration
# custom:
#   id: PL-TF-055
#   severity: medium
#   rationale: Unscanned images ship known CVEs to production, though scanning elsewhere in the pipeline may compensate.
#   input: terraform
#   resources: [aws_ecr_repository, aws_ecr_registry_scanning_configuration]
#   tags: [aws, ecr, vulnerability-scanning, supply-chain]
#   remediation: >-
#     Add `image_scanning_configuration { scan_on_push = true }` to the repository, or configure
#     scanning for the whole registry with `aws_ecr_registry_scanning_configuration` (`scan_type = "ENHANCED"`).
package platlint.terraform.ecr_scan_on_push

import data.platlint.lib.terraform as tf

registry_scanning if {
	some conf in input.resource.aws_ecr_registry_scanning_configuration
	count(object.get(conf, "rule", [])) + count(object.get(conf, "dynamic", {})) > 0
}

deny contains finding if {
	some name, repo in input.resource.aws_ecr_repository
	not registry_scanning
	not repo.image_scanning_configuration
	not repo.dynamic.image_scanning_configuration
	finding := {
		"msg": sprintf("aws_ecr_repository.%s has no image_scanning_configuration, so pushed images are not scanned", [name]),
		"path": ["resource", "aws_ecr_repository", name],
	}
}

deny contains finding if {
	some name, repo in input.resource.aws_ecr_repository
	not registry_scanning
	some i, conf in repo.image_scanning_configuration
	value := object.get(conf, "scan_on_push", false)
	not tf.is_true(value)
	not tf.is_reference(value)
	finding := {
		"msg": sprintf("aws_ecr_repository.%s does not set scan_on_push = true", [name]),
		"path": conf_path(name, i, conf),
	}
}

conf_path(name, i, conf) := ["resource", "aws_ecr_repository", name, "image_scanning_configuration", i, "scan_on_push"] if "scan_on_push" in object.keys(conf)

conf_path(name, i, conf) := ["resource", "aws_ecr_repository", name, "image_scanning_configuration", i] if not "scan_on_push" in object.keys(conf)
