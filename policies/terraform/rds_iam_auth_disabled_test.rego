package platlint.terraform.rds_iam_auth_disabled_test

import data.platlint.terraform.rds_iam_auth_disabled as p

test_postgres_without_iam_auth if {
	r := p.deny with input as {"resource": {"aws_db_instance": {"main": {"engine": "postgres"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_db_instance", "main"]
}

test_aurora_cluster_iam_auth_false if {
	r := p.deny with input as {"resource": {"aws_rds_cluster": {"main": {"engine": "aurora-mysql", "iam_database_authentication_enabled": false}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_rds_cluster", "main", "iam_database_authentication_enabled"]
}

test_enabled_is_fine if {
	count(p.deny) == 0 with input as {"resource": {"aws_db_instance": {"main": {"engine": "mysql", "iam_database_authentication_enabled": true}}}}
}

test_unsupported_and_unknown_engines_are_skipped if {
	count(p.deny) == 0 with input as {"resource": {"aws_db_instance": {
		"oracle": {"engine": "oracle-ee"},
		"mssql": {"engine": "sqlserver-se"},
		"var": {"engine": "${var.engine}"},
		"replica": {"replicate_source_db": "main"},
	}}}
}
