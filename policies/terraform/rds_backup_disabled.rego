# METADATA
# title: RDS automated backups disabled
# description: >-
#   backup_retention_period = 0 turns off automated backups and with them
#   point-in-time recovery, so a bad migration or a deleted table can only be
#   restored from whatever manual snapshot happens to exist. Only an explicit
#   0 is reported (the provider default depends on the engine and on how the
#   instance is created), and read replicas, which rely on their source's
#   backups, are not checked.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#backup_retention_period
# custom:
#   id: PL-TF-029
#   severity: medium
#   rationale: Without backups a single mistake loses data for good, though it takes that mistake to happen.
#   input: terraform
#   resources: [aws_db_instance]
#   tags: [aws, rds, backup, resilience]
#   remediation: Set `backup_retention_period = 7` (or more, up to 35 days) and a `backup_window` outside peak hours.
package platlint.terraform.rds_backup_disabled

import data.platlint.lib.aws

deny contains finding if {
	some name, r in input.resource.aws_db_instance
	aws.as_number(r.backup_retention_period) == 0
	not r.replicate_source_db
	finding := {
		"msg": sprintf("aws_db_instance.%s sets backup_retention_period = 0, which disables automated backups and point-in-time recovery", [name]),
		"path": ["resource", "aws_db_instance", name, "backup_retention_period"],
	}
}
