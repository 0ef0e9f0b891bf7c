# METADATA
# title: Compute instance runs as the default service account with full API access
# description: >-
#   The Compute Engine default service account holds the project-wide Editor
#   role; with the cloud-platform scope any process on the VM (or anyone who
#   reaches its metadata server through SSRF) can act as an editor of the whole
#   project. A service_account block without an email uses the default account.
# related_resources:
#   - ref: https://cloud.google.com/compute/docs/access/service-accounts#default_service_account
#   - ref: https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#service_account
#   - ref: https://www.cisecurity.org/benchmark/google_cloud_computing_platform
#     description: CIS Google Cloud Platform Foundation Benchmark, recommendation 4.2
# custom:
#   id: PL-TF-111
#   severity: high
#   rationale: A single compromised VM becomes an editor of every resource in the project.
#   input: terraform
#   resources: [google_compute_instance, google_compute_instance_template, google_compute_region_instance_template]
#   tags: [gcp, compute, iam, least-privilege]
#   remediation: >-
#     Create a dedicated google_service_account with only the roles the workload needs and set
#     `service_account { email = google_service_account.NAME.email, scopes = ["cloud-platform"] }`.
package platlint.terraform.google_compute_default_sa_full_scope

instance_types := ["google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template"]

full_scopes := {"cloud-platform", "https://www.googleapis.com/auth/cloud-platform"}

deny contains finding if {
	some type in instance_types
	some name, r in input.resource[type]
	some i, sa in r.service_account
	default_account(sa)
	some j, scope in sa.scopes
	lower(scope) in full_scopes
	finding := {
		"msg": sprintf("%s.%s runs as the Compute Engine default service account with the cloud-platform scope", [type, name]),
		"path": ["resource", type, name, "service_account", i, "scopes", j],
	}
}

default_account(sa) if not "email" in object.keys(sa)

default_account(sa) if sa.email == null

default_account(sa) if sa.email == "default"

default_account(sa) if {
	is_string(sa.email)
	endswith(sa.email, "-compute@developer.gserviceaccount.com")
}

default_account(sa) if {
	is_string(sa.email)
	contains(sa.email, "data.google_compute_default_service_account.")
}
