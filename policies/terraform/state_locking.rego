# METADATA
# title: Terraform state without locking
# description: >-
#   Without a lock two applies can run against the same state at once and
#   corrupt it or overwrite each other's changes. An s3 backend locks with
#   use_lockfile = true (Terraform 1.10+) or a dynamodb_table; a local backend
#   cannot lock across machines.
# related_resources:
#   - ref: https://developer.hashicorp.com/terraform/language/backend/s3#state-locking
#   - ref: https://developer.hashicorp.com/terraform/language/state/locking
# custom:
#   id: PL-TF-011
#   severity: medium
#   rationale: Concurrent applies corrupt state, but the damage needs two runs to collide.
#   input: terraform
#   resources: [backend.s3, backend.local]
#   tags: [terraform, state]
#   remediation: >-
#     Set `use_lockfile = true` in the s3 backend (or `dynamodb_table = "terraform-locks"` on
#     Terraform before 1.10).
package platlint.terraform.state_locking

import data.platlint.lib.terraform as tf

deny contains finding if {
	some i, t in input.terraform
	s3 := t.backend.s3
	not locks(s3)
	finding := {
		"msg": "backend \"s3\" has neither use_lockfile = true nor a dynamodb_table, so concurrent applies are not locked",
		"path": ["terraform", i, "backend", "s3"],
	}
}

locks(s3) if tf.is_true(s3.use_lockfile)

locks(s3) if tf.is_reference(s3.use_lockfile)

locks(s3) if {
	is_string(s3.dynamodb_table)
	s3.dynamodb_table != ""
}

deny contains finding if {
	some i, t in input.terraform
	t.backend.local
	finding := {
		"msg": "backend \"local\" cannot lock the state across machines",
		"path": ["terraform", i, "backend", "local"],
	}
}
