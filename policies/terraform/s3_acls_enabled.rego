# METADATA
# title: S3 object ownership keeps ACLs enabled
# description: >-
#   An aws_s3_bucket_ownership_controls whose object_ownership is ObjectWriter
#   or BucketOwnerPreferred keeps access control lists enabled, so objects
#   uploaded by other accounts can stay owned by them and ACL grants keep
#   working beside the bucket policy. BucketOwnerEnforced disables ACLs and
#   makes the bucket owner own every object. Buckets created without the
#   resource get BucketOwnerEnforced (the S3 default since April 2023), so
#   only an explicit other setting is reported; a bucket receiving CloudFront
#   standard logs, which still need ACLs, is exempt.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_ownership_controls
# custom:
#   id: PL-TF-008
#   severity: low
#   rationale: Enabled ACLs are a second, easily overlooked access path rather than an exposure in themselves.
#   input: terraform
#   resources: [aws_s3_bucket_ownership_controls]
#   tags: [aws, s3, access-control]
#   remediation: >-
#     Set `rule { object_ownership = "BucketOwnerEnforced" }` and replace any ACL grants with
#     bucket policy statements.
package platlint.terraform.s3_acls_enabled

import data.platlint.lib.terraform as tf

deny contains finding if {
	some name, oc in input.resource.aws_s3_bucket_ownership_controls
	some i, rule in oc.rule
	ownership := rule.object_ownership
	is_string(ownership)
	not tf.is_reference(ownership)
	ownership != "BucketOwnerEnforced"
	not cloudfront_log_bucket(oc.bucket)
	finding := {
		"msg": sprintf("aws_s3_bucket_ownership_controls.%s sets object_ownership %q, which keeps ACLs enabled", [name, ownership]),
		"path": ["resource", "aws_s3_bucket_ownership_controls", name, "rule", i, "object_ownership"],
	}
}

# CloudFront standard logging (legacy) delivers with ACLs, so its target
# bucket needs them.
cloudfront_log_bucket(v) if {
	some d in input.resource.aws_cloudfront_distribution
	some l in d.logging_config
	some bname, bucket in input.resource.aws_s3_bucket
	tf.targets_bucket(v, bname, bucket)
	logs_to(l.bucket, bname, bucket)
}

# logging_config names the bucket by its domain name.
logs_to(v, bname, _) if tf.refers_to(v, "aws_s3_bucket", bname)

logs_to(v, _, bucket) if {
	is_string(bucket.bucket)
	startswith(v, sprintf("%s.s3", [bucket.bucket]))
}
