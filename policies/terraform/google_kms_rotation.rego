# METADATA
# title: Cloud KMS key not rotated at least every 90 days
# description: >-
#   A symmetric google_kms_crypto_key without rotation_period keeps encrypting
#   with the same key version forever, and a period over 90 days (7776000s)
#   lets one version protect more data for longer than the CIS benchmark
#   allows. Asymmetric, MAC and raw keys, which Cloud KMS cannot rotate
#   automatically, and import-only keys are skipped.
# related_resources:
#   - ref: https://cloud.google.com/kms/docs/key-rotation
#   - ref: https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/kms_crypto_key#rotation_period
#   - ref: https://www.cisecurity.org/benchmark/google_cloud_computing_platform
#     description: CIS Google Cloud Platform Foundation Benchmark, recommendation 1.10
# custom:
#   id: PL-TF-120
#   severity: medium
#   rationale: Long-lived key versions increase what one leaked or broken version exposes, but do not expose data by themselves.
#   input: terraform
#   resources: [google_kms_crypto_key]
#   tags: [gcp, kms, encryption-at-rest, rotation]
#   remediation: Set `rotation_period = "7776000s"` (90 days) or shorter on the key.
package platlint.terraform.google_kms_rotation

import data.platlint.lib.terraform as tf

max_seconds := 7776000

deny contains finding if {
	some name, r in input.resource.google_kms_crypto_key
	rotatable(r)
	not "rotation_period" in object.keys(r)
	finding := {
		"msg": sprintf("google_kms_crypto_key.%s has no rotation_period, so its key version is never rotated", [name]),
		"path": ["resource", "google_kms_crypto_key", name],
	}
}

deny contains finding if {
	some name, r in input.resource.google_kms_crypto_key
	rotatable(r)
	secs := seconds(r.rotation_period)
	secs > max_seconds
	finding := {
		"msg": sprintf("google_kms_crypto_key.%s rotates every %s (%d days), more than 90 days", [name, r.rotation_period, round(secs / 86400)]),
		"path": ["resource", "google_kms_crypto_key", name, "rotation_period"],
	}
}

rotatable(r) if {
	object.get(r, "purpose", "ENCRYPT_DECRYPT") == "ENCRYPT_DECRYPT"
	not tf.is_true(object.get(r, "import_only", false))
}

seconds(v) := to_number(trim_suffix(v, "s")) if {
	is_string(v)
	regex.match(`^[0-9]+(\.[0-9]+)?s$`, v)
}
