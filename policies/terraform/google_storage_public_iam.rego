# METADATA
# title: Cloud Storage bucket readable by allUsers or allAuthenticatedUsers
# description: >-
#   An IAM member, binding or policy on a bucket, or a bucket or object ACL,
#   that names allUsers or allAuthenticatedUsers opens the bucket to anyone on
#   the internet (allAuthenticatedUsers is any Google account, not just your
#   organisation's). IAM policies built with data "google_iam_policy" and the
#   legacy ACL resources are checked too.
# related_resources:
#   - ref: https://cloud.google.com/storage/docs/access-control/making-data-public
#   - ref: https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket_iam
#   - ref: https://www.cisecurity.org/benchmark/google_cloud_computing_platform
#     description: CIS Google Cloud Platform Foundation Benchmark, recommendation 5.1
# custom:
#   id: PL-TF-100
#   severity: critical
#   rationale: A public principal on a bucket exposes its objects to anonymous readers immediately.
#   input: terraform
#   resources: [google_storage_bucket_iam_member, google_storage_bucket_iam_binding, google_storage_bucket_iam_policy, google_iam_policy, google_storage_bucket_acl, google_storage_bucket_access_control, google_storage_default_object_acl, google_storage_default_object_access_control, google_storage_object_acl, google_storage_object_access_control]
#   tags: [gcp, storage, iam, public-access]
#   remediation: >-
#     Grant the role to the service accounts or groups that need it (`member = "serviceAccount:app@PROJECT.iam.gserviceaccount.com"`)
#     instead of allUsers or allAuthenticatedUsers; serve public content through Cloud CDN or signed URLs,
#     and set `public_access_prevention = "enforced"` on buckets that must never be public.
package platlint.terraform.google_storage_public_iam

import data.platlint.lib.terraform as tf

public_principals := {"allUsers", "allAuthenticatedUsers"}

public_acls := {"publicRead", "publicReadWrite", "authenticatedRead"}

deny contains finding if {
	some name, r in input.resource.google_storage_bucket_iam_member
	r.member in public_principals
	finding := {
		"msg": sprintf("google_storage_bucket_iam_member.%s grants %v to %s", [name, r.role, r.member]),
		"path": ["resource", "google_storage_bucket_iam_member", name, "member"],
	}
}

deny contains finding if {
	some name, r in input.resource.google_storage_bucket_iam_binding
	some i, m in r.members
	m in public_principals
	finding := {
		"msg": sprintf("google_storage_bucket_iam_binding.%s grants %v to %s", [name, r.role, m]),
		"path": ["resource", "google_storage_bucket_iam_binding", name, "members", i],
	}
}

# A data "google_iam_policy" used as a bucket's whole IAM policy.
deny contains finding if {
	some name, d in input.data.google_iam_policy
	bucket_policy(name)
	some i, b in d.binding
	some j, m in b.members
	m in public_principals
	finding := {
		"msg": sprintf("data.google_iam_policy.%s, used as a bucket IAM policy, grants %v to %s", [name, b.role, m]),
		"path": ["data", "google_iam_policy", name, "binding", i, "members", j],
	}
}

bucket_policy(name) if {
	some p in input.resource.google_storage_bucket_iam_policy
	tf.refers_to(p.policy_data, "data.google_iam_policy", name)
}

# Legacy ACLs: a canned ACL, or role_entity entries like "READER:allUsers".
deny contains finding if {
	some type in ["google_storage_bucket_acl", "google_storage_object_acl"]
	some name, r in input.resource[type]
	r.predefined_acl in public_acls
	finding := {
		"msg": sprintf("%s.%s applies the public canned ACL %q", [type, name, r.predefined_acl]),
		"path": ["resource", type, name, "predefined_acl"],
	}
}

deny contains finding if {
	some type in ["google_storage_bucket_acl", "google_storage_object_acl", "google_storage_default_object_acl"]
	some name, r in input.resource[type]
	some i, re in r.role_entity
	is_string(re)
	parts := split(re, ":")
	count(parts) == 2
	parts[1] in public_principals
	finding := {
		"msg": sprintf("%s.%s grants %s to %s", [type, name, parts[0], parts[1]]),
		"path": ["resource", type, name, "role_entity", i],
	}
}

deny contains finding if {
	some type in ["google_storage_bucket_access_control", "google_storage_object_access_control", "google_storage_default_object_access_control"]
	some name, r in input.resource[type]
	r.entity in public_principals
	finding := {
		"msg": sprintf("%s.%s grants %v to %s", [type, name, r.role, r.entity]),
		"path": ["resource", type, name, "entity"],
	}
}
