# METADATA
# title: Cloud Storage bucket without uniform bucket-level access
# description: >-
#   Without uniform bucket-level access a bucket keeps per-object ACLs beside
#   IAM, so any writer can make a single object public and IAM no longer tells
#   the whole story of who can read what. Both uniform_bucket_level_access and
#   its pre-3.x name bucket_policy_only are recognised.
# related_resources:
#   - ref: https://cloud.google.com/storage/docs/uniform-bucket-level-access
#   - ref: https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket#uniform_bucket_level_access
#   - ref: https://www.cisecurity.org/benchmark/google_cloud_computing_platform
#     description: CIS Google Cloud Platform Foundation Benchmark, recommendation 5.2
# custom:
#   id: PL-TF-101
#   severity: medium
#   rationale: Object ACLs are a side channel to public exposure, but exposing data still takes a further mistake.
#   input: terraform
#   resources: [google_storage_bucket]
#   tags: [gcp, storage, iam]
#   remediation: >-
#     Set `uniform_bucket_level_access = true` on the bucket and grant access with google_storage_bucket_iam_member
#     instead of object ACLs.
package platlint.terraform.google_storage_uniform_access

import data.platlint.lib.terraform as tf

deny contains finding if {
	some name, r in input.resource.google_storage_bucket
	not uniform(r)
	finding := {
		"msg": sprintf("google_storage_bucket.%s does not set uniform_bucket_level_access = true, so object ACLs stay in force", [name]),
		"path": attr_path(name, r),
	}
}

uniform(r) if tf.is_true(r.uniform_bucket_level_access)

uniform(r) if tf.is_reference(r.uniform_bucket_level_access)

uniform(r) if tf.is_true(r.bucket_policy_only)

uniform(r) if tf.is_reference(r.bucket_policy_only)

attr_path(name, r) := ["resource", "google_storage_bucket", name, "uniform_bucket_level_access"] if "uniform_bucket_level_access" in object.keys(r)

attr_path(name, r) := ["resource", "google_storage_bucket", name, "bucket_policy_only"] if {
	not "uniform_bucket_level_access" in object.keys(r)
	"bucket_policy_only" in object.keys(r)
}

attr_path(name, r) := ["resource", "google_storage_bucket", name] if {
	not "uniform_bucket_level_access" in object.keys(r)
	not "bucket_policy_only" in object.keys(r)
}
