package platlint.terraform.rds_backup_disabled_test

import data.platlint.terraform.rds_backup_disabled as p

test_zero_retention if {
	r := p.deny with input as {"resource": {"aws_db_instance": {"main": {"engine": "mysql", "backup_retention_period": 0}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_db_instance", "main", "backup_retention_period"]
}

test_zero_as_string if {
	count(p.deny) == 1 with input as {"resource": {"aws_db_instance": {"main": {"backup_retention_period": "0"}}}}
}

test_retention_and_default_are_fine if {
	count(p.deny) == 0 with input as {"resource": {"aws_db_instance": {
		"main": {"backup_retention_period": 14},
		"other": {"engine": "postgres"},
		"var": {"backup_retention_period": "${var.retention}"},
	}}}
}

test_replica_is_exempt if {
	count(p.deny) == 0 with input as {"resource": {"aws_db_instance": {"replica": {"replicate_source_db": "${aws_db_instance.main.identifier}", "backup_retention_period": 0}}}}
}
