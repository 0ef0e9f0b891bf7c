# METADATA
# title: Cloud SQL instance without automated backups
# description: >-
#   settings.backup_configuration.enabled defaults to false, so an instance
#   without it has no automated backups and no point-in-time recovery: a bad
#   migration, a dropped table or ransomware cannot be rolled back. Read
#   replicas (master_instance_name set) are skipped, as backups run on the
#   primary.
# related_resources:
#   - ref: https://cloud.google.com/sql/docs/mysql/backup-recovery/backups
#   - ref: https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#backup_configuration
#   - ref: https://www.cisecurity.org/benchmark/google_cloud_computing_platform
#     description: CIS Google Cloud Platform Foundation Benchmark, recommendation 6.7
# custom:
#   id: PL-TF-105
#   severity: medium
#   rationale: Missing backups turn a recoverable mistake into data loss, but do not expose data.
#   input: terraform
#   resources: [google_sql_database_instance]
#   tags: [gcp, cloudsql, backup, resilience]
#   remediation: >-
#     Add `backup_configuration { enabled = true }` (and `point_in_time_recovery_enabled = true` for PostgreSQL,
#     `binary_log_enabled = true` for MySQL) inside `settings`.
package platlint.terraform.google_sql_backups_disabled

import data.platlint.lib.terraform as tf

deny contains finding if {
	some name, r in input.resource.google_sql_database_instance
	not "master_instance_name" in object.keys(r)
	not r.dynamic.settings
	not r.settings[0].dynamic.backup_configuration
	[suffix, backup] := backup_configuration(r)
	enabled := object.get(backup, "enabled", false)
	not tf.is_true(enabled)
	not tf.is_reference(enabled)
	finding := {
		"msg": sprintf("google_sql_database_instance.%s does not enable automated backups (backup_configuration.enabled defaults to false)", [name]),
		"path": array.concat(["resource", "google_sql_database_instance", name], array.concat(suffix, attr(backup))),
	}
}

backup_configuration(r) := [["settings", 0, "backup_configuration", 0], r.settings[0].backup_configuration[0]] if is_object(r.settings[0].backup_configuration[0])

backup_configuration(r) := [["settings", 0], {}] if {
	is_object(r.settings[0])
	not is_object(object.get(r, ["settings", 0, "backup_configuration", 0], null))
}

backup_configuration(r) := [[], {}] if not is_object(object.get(r, ["settings", 0], null))

attr(backup) := ["enabled"] if "enabled" in object.keys(backup)

attr(backup) := [] if not "enabled" in object.keys(backup)
