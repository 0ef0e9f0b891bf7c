# METADATA
# title: S3 bucket without a default encryption configuration
# description: >-
#   A bucket should declare its default encryption, either with the inline
#   server_side_encryption_configuration block (AWS provider v3) or with an
#   aws_s3_bucket_server_side_encryption_configuration resource that names the
#   bucket. S3 has applied SSE-S3 to new objects since January 2023, so the
#   declaration mostly makes the key choice (SSE-S3, SSE-KMS with a customer
#   key, bucket keys) explicit and reviewable, and covers buckets created
#   before that date and imported into Terraform.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-bucket-encryption.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_server_side_encryption_configuration
# custom:
#   id: PL-TF-004
#   severity: low
#   rationale: S3 now encrypts new objects with SSE-S3 even without a configuration, so the gap is an implicit key choice rather than clear-text data.
#   input: terraform
#   resources: [aws_s3_bucket, aws_s3_bucket_server_side_encryption_configuration]
#   tags: [aws, s3, encryption]
#   remediation: >-
#     Add an aws_s3_bucket_server_side_encryption_configuration for the bucket, e.g.
#     `bucket = aws_s3_bucket.NAME.id` with `rule { apply_server_side_encryption_by_default {
#     sse_algorithm = "aws:kms" kms_master_key_id = aws_kms_key.s3.arn } bucket_key_enabled = true }`.
package platlint.terraform.s3_encryption_missing

import data.platlint.lib.aws

deny contains finding if {
	some name, bucket in input.resource.aws_s3_bucket
	count(object.get(bucket, "server_side_encryption_configuration", [])) == 0
	count(aws.bucket_companions("aws_s3_bucket_server_side_encryption_configuration", name, bucket)) == 0
	finding := {
		"msg": sprintf("aws_s3_bucket.%s has no default encryption configuration (no aws_s3_bucket_server_side_encryption_configuration names it)", [name]),
		"path": ["resource", "aws_s3_bucket", name],
	}
}
