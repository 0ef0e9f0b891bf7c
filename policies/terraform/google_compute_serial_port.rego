# METADATA
# title: Compute instance with the interactive serial console enabled
# description: >-
#   The metadata key serial-port-enable = true turns on the interactive serial
#   console, which accepts connections from any IP address and bypasses VPC
#   firewall rules. It is checked on instances, instance templates and
#   project-wide metadata.
# related_resources:
#   - ref: https://cloud.google.com/compute/docs/troubleshooting/troubleshooting-using-serial-console
#   - ref: https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#metadata
#   - ref: https://www.cisecurity.org/benchmark/google_cloud_computing_platform
#     description: CIS Google Cloud Platform Foundation Benchmark, recommendation 4.5
# custom:
#   id: PL-TF-108
#   severity: medium
#   rationale: The serial console is reachable regardless of firewall rules, though it still needs a login on the guest.
#   input: terraform
#   resources: [google_compute_instance, google_compute_instance_template, google_compute_region_instance_template, google_compute_project_metadata, google_compute_project_metadata_item]
#   tags: [gcp, compute, remote-access]
#   remediation: >-
#     Remove `serial-port-enable` from the metadata (or set it to `"false"`); enable the console only temporarily
#     while troubleshooting.
package platlint.terraform.google_compute_serial_port

instance_types := ["google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template"]

deny contains finding if {
	some type in instance_types
	some name, r in input.resource[type]
	truthy(r.metadata["serial-port-enable"])
	finding := {
		"msg": sprintf("%s.%s enables the interactive serial console (serial-port-enable)", [type, name]),
		"path": ["resource", type, name, "metadata", "serial-port-enable"],
	}
}

deny contains finding if {
	some name, r in input.resource.google_compute_project_metadata
	truthy(r.metadata["serial-port-enable"])
	finding := {
		"msg": sprintf("google_compute_project_metadata.%s enables the interactive serial console for every instance in the project", [name]),
		"path": ["resource", "google_compute_project_metadata", name, "metadata", "serial-port-enable"],
	}
}

deny contains finding if {
	some name, r in input.resource.google_compute_project_metadata_item
	r.key == "serial-port-enable"
	truthy(r.value)
	finding := {
		"msg": sprintf("google_compute_project_metadata_item.%s enables the interactive serial console for every instance in the project", [name]),
		"path": ["resource", "google_compute_project_metadata_item", name, "value"],
	}
}

# truthy follows Compute Engine's reading of boolean metadata values.
truthy(v) if v == true

truthy(v) if v == 1

truthy(v) if {
	is_string(v)
	lower(v) in {"true", "1", "y", "yes"}
}
