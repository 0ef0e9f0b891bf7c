package platlint.terraform.google_sql_backups_disabled_test

import data.platlint.terraform.google_sql_backups_disabled as rule

instance(settings) := {"resource": {"google_sql_database_instance": {"db": {
	"database_version": "POSTGRES_16",
	"settings": [settings],
}}}}

test_no_backup_configuration if {
	r := rule.deny with input as instance({"tier": "db-f1-micro"})
	count(r) == 1
	some f in r
	f.path == ["resource", "google_sql_database_instance", "db", "settings", 0]
}

test_backups_disabled if {
	r := rule.deny with input as instance({"tier": "db-f1-micro", "backup_configuration": [{"enabled": false}]})
	count(r) == 1
	some f in r
	f.path == ["resource", "google_sql_database_instance", "db", "settings", 0, "backup_configuration", 0, "enabled"]
}

test_backups_enabled_is_fine if {
	count(rule.deny) == 0 with input as instance({"backup_configuration": [{"enabled": true, "point_in_time_recovery_enabled": true}]})
	count(rule.deny) == 0 with input as instance({"backup_configuration": [{"enabled": "${var.backups}"}]})
}

test_read_replica_is_skipped if {
	count(rule.deny) == 0 with input as {"resource": {"google_sql_database_instance": {"replica": {
		"master_instance_name": "${google_sql_database_instance.db.name}",
		"settings": [{"tier": "db-custom-2-7680"}],
	}}}}
}
