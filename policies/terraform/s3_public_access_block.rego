# METADATA
# title: S3 bucket without a public access block that blocks everything
# description: >-
#   Every bucket needs an aws_s3_bucket_public_access_block with all four of
#   block_public_acls, block_public_policy, ignore_public_acls and
#   restrict_public_buckets set to true; otherwise a later ACL or policy change
#   can make it public without anything stopping it.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_public_access_block
# custom:
#   id: PL-TF-002
#   severity: high
#   rationale: The block is the guard rail against accidental exposure; without it one mistaken change leaks data.
#   input: terraform
#   resources: [aws_s3_bucket, aws_s3_bucket_public_access_block]
#   tags: [aws, s3, public-access]
#   remediation: >-
#     Add `resource "aws_s3_bucket_public_access_block" "NAME" { bucket = aws_s3_bucket.NAME.id,
#     block_public_acls = true, block_public_policy = true, ignore_public_acls = true,
#     restrict_public_buckets = true }`.
package platlint.terraform.s3_public_access_block

import data.platlint.lib.terraform as tf

flags := ["block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"]

blocks := object.get(input, ["resource", "aws_s3_bucket_public_access_block"], {})

deny contains finding if {
	some name, bucket in input.resource.aws_s3_bucket
	not has_block(name, bucket)
	finding := {
		"msg": sprintf("aws_s3_bucket.%s has no aws_s3_bucket_public_access_block", [name]),
		"path": ["resource", "aws_s3_bucket", name],
	}
}

# The buckets the access blocks name, gathered once so that a module with
# thousands of buckets costs lookups, not a scan of every block per bucket:
# by reference (aws_s3_bucket.NAME...) and by literal bucket name.
referenced_names contains name if {
	some b in blocks
	some name in tf.mentioned(b.bucket, "aws_s3_bucket")
}

literal_names contains b.bucket if {
	some b in blocks
	is_string(b.bucket)
	not tf.is_reference(b.bucket)
}

# A block whose bucket is computed from something other than a named
# bucket (for_each over the buckets: each.value.id, a module output) may
# cover any bucket; stay quiet rather than guess.
unresolved_block if {
	some b in blocks
	tf.is_reference(b.bucket)
	not regex.match(`aws_s3_bucket\.[A-Za-z0-9_\-]+`, b.bucket)
}

has_block(name, _) if name in referenced_names

has_block(_, bucket) if bucket.bucket in literal_names

has_block(_, _) if unresolved_block

deny contains finding if {
	some name, b in blocks
	some flag in flags
	value := object.get(b, flag, false)
	not tf.is_true(value)
	not tf.is_reference(value)
	finding := {
		"msg": sprintf("aws_s3_bucket_public_access_block.%s does not set %s = true", [name, flag]),
		"path": flag_path(name, b, flag),
	}
}

flag_path(name, b, flag) := ["resource", "aws_s3_bucket_public_access_block", name, flag] if flag in object.keys(b)

flag_path(name, b, flag) := ["resource", "aws_s3_bucket_public_access_block", name] if not flag in object.keys(b)
