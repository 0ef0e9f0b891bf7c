# METADATA
# title: S3 bucket without versioning
# description: >-
#   Without versioning an overwritten or deleted object is gone for good, and
#   ransomware or a faulty job can destroy data with plain PUT and DELETE
#   calls. Versioning is on when the bucket has an aws_s3_bucket_versioning
#   with versioning_configuration status = "Enabled" (or, with AWS provider
#   v3, an inline versioning block with enabled = true).
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_versioning
# custom:
#   id: PL-TF-005
#   severity: medium
#   rationale: Losing the only copy of data is costly, but it takes a bad write or delete to happen.
#   input: terraform
#   resources: [aws_s3_bucket, aws_s3_bucket_versioning]
#   tags: [aws, s3, backup, resilience]
#   remediation: >-
#     Give the bucket an aws_s3_bucket_versioning with `bucket = aws_s3_bucket.NAME.id` and
#     `versioning_configuration { status = "Enabled" }`, and expire old versions with a lifecycle rule.
package platlint.terraform.s3_versioning_disabled

import data.platlint.lib.aws
import data.platlint.lib.terraform as tf

# A bucket with neither enabled inline versioning nor an
# aws_s3_bucket_versioning naming it.
deny contains finding if {
	some name, bucket in input.resource.aws_s3_bucket
	not inline_enabled(bucket)
	count(aws.bucket_companions("aws_s3_bucket_versioning", name, bucket)) == 0
	finding := {
		"msg": sprintf("aws_s3_bucket.%s does not enable versioning (no aws_s3_bucket_versioning with status \"Enabled\" names it)", [name]),
		"path": inline_path(name, bucket),
	}
}

inline_enabled(bucket) if {
	some v in bucket.versioning
	enabled := object.get(v, "enabled", false)
	enabled_or_unknown(enabled)
}

enabled_or_unknown(v) if tf.is_true(v)

enabled_or_unknown(v) if tf.is_reference(v)

inline_path(name, bucket) := ["resource", "aws_s3_bucket", name, "versioning", 0, "enabled"] if {
	"enabled" in object.keys(bucket.versioning[0])
} else := ["resource", "aws_s3_bucket", name]

# An aws_s3_bucket_versioning that suspends or never enables versioning.
deny contains finding if {
	some name, v in input.resource.aws_s3_bucket_versioning
	some i, conf in v.versioning_configuration
	status := object.get(conf, "status", "")
	not status == "Enabled"
	not tf.is_reference(status)
	finding := {
		"msg": sprintf("aws_s3_bucket_versioning.%s sets status %q, so versioning is not enabled", [name, status]),
		"path": ["resource", "aws_s3_bucket_versioning", name, "versioning_configuration", i, "status"],
	}
}
