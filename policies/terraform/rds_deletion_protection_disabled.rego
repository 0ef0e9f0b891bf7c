# METADATA
# title: RDS deletion protection not enabled
# description: >-
#   Without deletion_protection = true a terraform destroy, a renamed resource
#   that forces replacement or a console click deletes the database (and,
#   with skip_final_snapshot, every trace of its data). The provider default
#   is false. Read replicas, whose data lives on in their source, are not
#   checked.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeletionProtection
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#deletion_protection
# custom:
#   id: PL-TF-030
#   severity: medium
#   rationale: Accidental deletion of a database is an outage and possibly data loss, but it needs a mistaken change to happen.
#   input: terraform
#   resources: [aws_db_instance, aws_rds_cluster]
#   tags: [aws, rds, resilience]
#   remediation: Set `deletion_protection = true` (and keep `skip_final_snapshot = false`).
package platlint.terraform.rds_deletion_protection_disabled

import data.platlint.lib.aws

replica_attrs := {"aws_db_instance": "replicate_source_db", "aws_rds_cluster": "replication_source_identifier"}

deny contains finding if {
	some type in ["aws_db_instance", "aws_rds_cluster"]
	some name, r in input.resource[type]
	aws.not_true(r, "deletion_protection", false)
	not r[replica_attrs[type]]
	finding := {
		"msg": sprintf("%s.%s does not set deletion_protection = true", [type, name]),
		"path": aws.attr_path(type, name, r, "deletion_protection"),
	}
}
