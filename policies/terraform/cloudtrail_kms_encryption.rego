# METADATA
# title: CloudTrail logs not encrypted with a KMS key
# description: >-
#   A trail without kms_key_id delivers its logs with S3-managed encryption only, so
#   anyone who can read the log bucket can read the whole account's API history. With
#   SSE-KMS, reading also needs kms:Decrypt on a key whose use is itself logged.
# related_resources:
#   - ref: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail
#   - ref: https://www.cisecurity.org/benchmark/amazon_web_services
# custom:
#   id: PL-TF-054
#   severity: medium
#   rationale: Audit logs reveal the account's resources and activity, but the bucket policy is still a first barrier.
#   input: terraform
#   resources: [aws_cloudtrail]
#   tags: [aws, cloudtrail, logging, encryption, kms, cis-aws]
#   remediation: >-
#     Set `kms_key_id = aws_kms_key.trail.arn` with a key policy that lets
#     `cloudtrail.amazonaws.com` call `kms:GenerateDataKey*` for this trail.
package platlint.terraform.cloudtrail_kms_encryption

deny contains finding if {
	some name, trail in input.resource.aws_cloudtrail
	object.get(trail, "kms_key_id", "") in {"", null}
	finding := {
		"msg": sprintf("aws_cloudtrail.%s has no kms_key_id, so its logs are not encrypted with a KMS key", [name]),
		"path": key_path(name, trail),
	}
}

key_path(name, r) := ["resource", "aws_cloudtrail", name, "kms_key_id"] if "kms_key_id" in object.keys(r)

key_path(name, r) := ["resource", "aws_cloudtrail", name] if not "kms_key_id" in object.keys(r)
