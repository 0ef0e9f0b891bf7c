# METADATA
# title: Terraform state not encrypted
# description: >-
#   Terraform state holds every resource attribute, secrets included. An s3
#   backend without encrypt = true stores it unencrypted, and a local backend
#   leaves it on a laptop or CI runner disk with no encryption or access control.
# related_resources:
#   - ref: https://developer.hashicorp.com/terraform/language/backend/s3
#   - ref: https://developer.hashicorp.com/terraform/language/state/sensitive-data
# custom:
#   id: PL-TF-010
#   severity: high
#   rationale: State files routinely contain database passwords and private keys.
#   input: terraform
#   resources: [backend.s3, backend.local]
#   tags: [terraform, state, encryption]
#   remediation: >-
#     Use `backend "s3" { encrypt = true }` (add `kms_key_id` for a customer managed key); do not
#     keep shared state in a local backend.
package platlint.terraform.state_encryption

import data.platlint.lib.terraform as tf

deny contains finding if {
	some i, t in input.terraform
	s3 := t.backend.s3
	encrypt := object.get(s3, "encrypt", false)
	not tf.is_true(encrypt)
	not tf.is_reference(encrypt)
	finding := {
		"msg": "backend \"s3\" does not set encrypt = true, so the state object is stored unencrypted",
		"path": encrypt_path(i, s3),
	}
}

encrypt_path(i, s3) := ["terraform", i, "backend", "s3", "encrypt"] if "encrypt" in object.keys(s3)

encrypt_path(i, s3) := ["terraform", i, "backend", "s3"] if not "encrypt" in object.keys(s3)

deny contains finding if {
	some i, t in input.terraform
	t.backend.local
	finding := {
		"msg": "backend \"local\" keeps the state unencrypted on local disk",
		"path": ["terraform", i, "backend", "local"],
	}
}
