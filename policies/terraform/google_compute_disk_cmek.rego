# METADATA
# title: Persistent disk not encrypted with a customer-managed key
# description: >-
#   Compute Engine encrypts every disk with a Google-managed key. A
#   customer-managed key in Cloud KMS (disk_encryption_key.kms_key_self_link)
#   adds control: you can audit its use, rotate it, and revoke access to the
#   data by disabling the key.
# related_resources:
#   - ref: https://cloud.google.com/compute/docs/disks/customer-managed-encryption
#   - ref: https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_disk#disk_encryption_key
# custom:
#   id: PL-TF-113
#   severity: low
#   rationale: The data is encrypted either way; a customer-managed key adds control and revocation, not confidentiality.
#   input: terraform
#   resources: [google_compute_disk, google_compute_region_disk]
#   tags: [gcp, compute, encryption-at-rest, kms]
#   remediation: >-
#     Add `disk_encryption_key { kms_key_self_link = google_kms_crypto_key.NAME.id }` and grant the Compute Engine
#     service agent roles/cloudkms.cryptoKeyEncrypterDecrypter on the key.
package platlint.terraform.google_compute_disk_cmek

disk_types := ["google_compute_disk", "google_compute_region_disk"]

key_attrs := ["kms_key_self_link", "raw_key", "rsa_encrypted_key"]

deny contains finding if {
	some type in disk_types
	some name, r in input.resource[type]
	not r.dynamic.disk_encryption_key
	not customer_key(r)
	finding := {
		"msg": sprintf("%s.%s is encrypted only with a Google-managed key", [type, name]),
		"path": disk_path(type, name, r),
	}
}

customer_key(r) if {
	some k in key_attrs
	v := r.disk_encryption_key[0][k]
	v != null
	v != ""
}

disk_path(type, name, r) := ["resource", type, name, "disk_encryption_key", 0] if is_object(r.disk_encryption_key[0])

disk_path(type, name, r) := ["resource", type, name] if not is_object(object.get(r, ["disk_encryption_key", 0], null))
