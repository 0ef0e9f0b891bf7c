# METADATA
# title: Compute instance accepts project-wide SSH keys
# description: >-
#   Unless an instance sets block-project-ssh-keys = true, every SSH key in the
#   project metadata can log in to it, so one leaked key reaches every VM.
#   Instances that use OS Login (enable-oslogin = TRUE on the instance, or on
#   project metadata in the same configuration) ignore metadata keys and are
#   not reported.
# related_resources:
#   - ref: https://cloud.google.com/compute/docs/connect/restrict-ssh-keys#block-keys
#   - ref: https://cloud.google.com/compute/docs/oslogin
#   - ref: https://www.cisecurity.org/benchmark/google_cloud_computing_platform
#     description: CIS Google Cloud Platform Foundation Benchmark, recommendation 4.3
# custom:
#   id: PL-TF-109
#   severity: medium
#   rationale: Project-wide keys widen the blast radius of one compromised key, but still need SSH reachability.
#   input: terraform
#   resources: [google_compute_instance, google_compute_instance_template, google_compute_region_instance_template]
#   tags: [gcp, compute, ssh, iam]
#   remediation: >-
#     Prefer OS Login with `metadata = { enable-oslogin = "TRUE" }`; otherwise set
#     `metadata = { block-project-ssh-keys = "true" }` and give the instance its own keys.
package platlint.terraform.google_compute_project_ssh_keys

import data.platlint.lib.terraform as tf

instance_types := ["google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template"]

deny contains finding if {
	some type in instance_types
	some name, r in input.resource[type]
	meta := object.get(r, "metadata", {})
	is_object(meta)
	not protected(meta)
	finding := {
		"msg": sprintf("%s.%s accepts project-wide SSH keys: set block-project-ssh-keys = true or enable OS Login", [type, name]),
		"path": meta_path(type, name, r),
	}
}

protected(meta) if truthy(meta["block-project-ssh-keys"])

protected(meta) if truthy(meta["enable-oslogin"])

protected(meta) if tf.is_reference(meta["block-project-ssh-keys"])

protected(meta) if tf.is_reference(meta["enable-oslogin"])

protected(meta) if {
	project_os_login
	not falsy(object.get(meta, "enable-oslogin", ""))
}

project_os_login if {
	some p in input.resource.google_compute_project_metadata
	truthy(p.metadata["enable-oslogin"])
}

project_os_login if {
	some p in input.resource.google_compute_project_metadata_item
	p.key == "enable-oslogin"
	truthy(p.value)
}

meta_path(type, name, r) := ["resource", type, name, "metadata", "block-project-ssh-keys"] if "block-project-ssh-keys" in object.keys(object.get(r, "metadata", {}))

meta_path(type, name, r) := ["resource", type, name, "metadata"] if {
	"metadata" in object.keys(r)
	not "block-project-ssh-keys" in object.keys(r.metadata)
}

meta_path(type, name, r) := ["resource", type, name] if not "metadata" in object.keys(r)

truthy(v) if v == true

truthy(v) if v == 1

truthy(v) if {
	is_string(v)
	lower(v) in {"true", "1", "y", "yes"}
}

falsy(v) if v == false

falsy(v) if v == 0

falsy(v) if {
	is_string(v)
	lower(v) in {"false", "0", "n", "no"}
}
