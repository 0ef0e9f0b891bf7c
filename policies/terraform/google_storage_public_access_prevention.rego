# METADATA
# title: Cloud Storage bucket without enforced public access prevention
# description: >-
#   public_access_prevention = "enforced" makes the bucket refuse any grant to
#   allUsers or allAuthenticatedUsers, whatever a later IAM or ACL change says.
#   The default, "inherited", only protects the bucket when an organisation
#   policy enforces it, which the configuration cannot show.
# related_resources:
#   - ref: https://cloud.google.com/storage/docs/public-access-prevention
#   - ref: https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket#public_access_prevention
# custom:
#   id: PL-TF-102
#   severity: medium
#   rationale: It is the guard rail against accidental exposure; without it one mistaken grant leaks data, but the grant is still needed.
#   input: terraform
#   resources: [google_storage_bucket]
#   tags: [gcp, storage, public-access]
#   remediation: >-
#     Set `public_access_prevention = "enforced"` on every bucket that is not meant to serve anonymous readers
#     (or enforce the storage.publicAccessPrevention organisation policy and suppress this rule).
package platlint.terraform.google_storage_public_access_prevention

import data.platlint.lib.terraform as tf

deny contains finding if {
	some name, r in input.resource.google_storage_bucket
	value := object.get(r, "public_access_prevention", "inherited")
	value != "enforced"
	not tf.is_reference(value)
	finding := {
		"msg": sprintf("google_storage_bucket.%s %s, so a later grant to allUsers would take effect", [name, how(r, value)]),
		"path": attr_path(name, r),
	}
}

attr_path(name, r) := ["resource", "google_storage_bucket", name, "public_access_prevention"] if "public_access_prevention" in object.keys(r)

attr_path(name, r) := ["resource", "google_storage_bucket", name] if not "public_access_prevention" in object.keys(r)

how(r, value) := sprintf("sets public_access_prevention = %q instead of \"enforced\"", [value]) if "public_access_prevention" in object.keys(r)

how(r, _) := "leaves public_access_prevention at its default, \"inherited\"" if not "public_access_prevention" in object.keys(r)
