# METADATA
# title: Compute instance without full Shielded VM protection
# description: >-
#   Shielded VM's Secure Boot, vTPM and integrity monitoring defend against
#   boot-level rootkits and let you detect a tampered boot sequence. The
#   provider leaves Secure Boot off unless shielded_instance_config sets
#   enable_secure_boot = true; vTPM and integrity monitoring are on unless
#   disabled explicitly.
# related_resources:
#   - ref: https://cloud.google.com/compute/shielded-vm/docs/shielded-vm
#   - ref: https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#shielded_instance_config
#   - ref: https://www.cisecurity.org/benchmark/google_cloud_computing_platform
#     description: CIS Google Cloud Platform Foundation Benchmark, recommendation 4.8
# custom:
#   id: PL-TF-110
#   severity: medium
#   rationale: Boot-level malware is rare but survives reimaging of the guest and evades in-guest detection.
#   input: terraform
#   resources: [google_compute_instance, google_compute_instance_template, google_compute_region_instance_template]
#   tags: [gcp, compute, integrity]
#   remediation: >-
#     Add `shielded_instance_config { enable_secure_boot = true, enable_vtpm = true, enable_integrity_monitoring = true }`
#     and use a Shielded VM image (all current public images are).
package platlint.terraform.google_compute_shielded_vm

import data.platlint.lib.terraform as tf

instance_types := ["google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template"]

# The provider's defaults for each protection.
defaults := {"enable_secure_boot": false, "enable_vtpm": true, "enable_integrity_monitoring": true}

deny contains finding if {
	some type in instance_types
	some name, r in input.resource[type]
	not r.dynamic.shielded_instance_config
	cfg := object.get(r, ["shielded_instance_config", 0], {})
	off := {f | some f, d in defaults; v := object.get(cfg, f, d); not tf.is_true(v); not tf.is_reference(v)}
	count(off) > 0
	finding := {
		"msg": sprintf("%s.%s runs without full Shielded VM protection (%s off)", [type, name, concat(", ", sort(off))]),
		"path": shielded_path(type, name, r, cfg, off),
	}
}

# The first explicitly disabled flag, else the block, else the resource.
shielded_path(type, name, _, cfg, off) := ["resource", type, name, "shielded_instance_config", 0, explicit[0]] if {
	explicit := [f | some f in sort(off); f in object.keys(cfg)]
	count(explicit) > 0
}

shielded_path(type, name, r, cfg, off) := ["resource", type, name, "shielded_instance_config", 0] if {
	count([f | some f in off; f in object.keys(cfg)]) == 0
	is_object(r.shielded_instance_config[0])
}

shielded_path(type, name, r, _, _) := ["resource", type, name] if not is_object(object.get(r, ["shielded_instance_config", 0], null))
