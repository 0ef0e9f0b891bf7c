# METADATA
# title: RDS IAM database authentication not enabled
# description: >-
#   With iam_database_authentication_enabled = true applications connect with
#   short-lived tokens tied to their IAM role instead of long-lived passwords
#   kept in configuration. Only engines that support it are checked: MySQL,
#   MariaDB, PostgreSQL, Aurora MySQL and Aurora PostgreSQL (not Oracle,
#   SQL Server or Db2); an engine set by a variable is not checked.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#iam_database_authentication_enabled
# custom:
#   id: PL-TF-031
#   severity: low
#   rationale: Password authentication still works securely when the password is managed well; IAM auth removes that burden.
#   input: terraform
#   resources: [aws_db_instance, aws_rds_cluster]
#   tags: [aws, rds, iam, authentication]
#   remediation: Set `iam_database_authentication_enabled = true` and grant the application role `rds-db:connect` on the database user.
package platlint.terraform.rds_iam_auth_disabled

import data.platlint.lib.aws

supported_engines := {"mysql", "mariadb", "postgres", "aurora", "aurora-mysql", "aurora-postgresql"}

deny contains finding if {
	some type in ["aws_db_instance", "aws_rds_cluster"]
	some name, r in input.resource[type]
	r.engine in supported_engines
	aws.not_true(r, "iam_database_authentication_enabled", false)
	finding := {
		"msg": sprintf("%s.%s (%s) does not set iam_database_authentication_enabled = true", [type, name, r.engine]),
		"path": aws.attr_path(type, name, r, "iam_database_authentication_enabled"),
	}
}
