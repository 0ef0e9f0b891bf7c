# METADATA
# title: S3 bucket made public by ACL
# description: >-
#   A canned ACL of public-read, public-read-write or authenticated-read, or a
#   grant to the AllUsers or AuthenticatedUsers group, lets anyone on the
#   internet (or any AWS account) list or read the bucket's objects.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_acl
# custom:
#   id: PL-TF-001
#   severity: critical
#   rationale: Public buckets are the most common source of cloud data leaks, and the exposure is immediate.
#   input: terraform
#   resources: [aws_s3_bucket, aws_s3_bucket_acl]
#   tags: [aws, s3, public-access]
#   remediation: >-
#     Set `acl = "private"` (or drop ACLs with `aws_s3_bucket_ownership_controls` and
#     `object_ownership = "BucketOwnerEnforced"`) and grant access through a bucket policy scoped
#     to the principals that need it.
package platlint.terraform.s3_public_acl

public_acls := {"public-read", "public-read-write", "authenticated-read"}

public_group(uri) if endswith(uri, "/global/AllUsers")

public_group(uri) if endswith(uri, "/global/AuthenticatedUsers")

deny contains finding if {
	some type in ["aws_s3_bucket", "aws_s3_bucket_acl"]
	some name, r in input.resource[type]
	r.acl in public_acls
	finding := {
		"msg": sprintf("%s.%s makes the bucket public with acl %q", [type, name, r.acl]),
		"path": ["resource", type, name, "acl"],
	}
}

# The v3 provider's inline grant blocks.
deny contains finding if {
	some name, r in input.resource.aws_s3_bucket
	some i, g in r.grant
	public_group(g.uri)
	finding := {
		"msg": sprintf("aws_s3_bucket.%s grants %v to the %s group", [name, g.permissions, group_name(g.uri)]),
		"path": ["resource", "aws_s3_bucket", name, "grant", i, "uri"],
	}
}

# The v4 provider's aws_s3_bucket_acl with an access_control_policy.
deny contains finding if {
	some name, r in input.resource.aws_s3_bucket_acl
	some i, acp in r.access_control_policy
	some j, g in acp.grant
	some k, grantee in g.grantee
	public_group(grantee.uri)
	finding := {
		"msg": sprintf("aws_s3_bucket_acl.%s grants %v to the %s group", [name, g.permission, group_name(grantee.uri)]),
		"path": ["resource", "aws_s3_bucket_acl", name, "access_control_policy", i, "grant", j, "grantee", k, "uri"],
	}
}

group_name(uri) := parts[count(parts) - 1] if parts := split(uri, "/")
