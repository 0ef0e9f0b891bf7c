package platlint.terraform.rds_deletion_protection_disabled_test

import data.platlint.terraform.rds_deletion_protection_disabled as p

test_instance_without_protection if {
	r := p.deny with input as {"resource": {"aws_db_instance": {"main": {"engine": "postgres"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_db_instance", "main"]
}

test_cluster_protection_false if {
	r := p.deny with input as {"resource": {"aws_rds_cluster": {"main": {"deletion_protection": false}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_rds_cluster", "main", "deletion_protection"]
}

test_protected_is_fine if {
	count(p.deny) == 0 with input as {"resource": {
		"aws_db_instance": {"main": {"deletion_protection": true}},
		"aws_rds_cluster": {"main": {"deletion_protection": "${var.env == \"prod\"}"}},
	}}
}

test_replica_is_exempt if {
	count(p.deny) == 0 with input as {"resource": {"aws_db_instance": {"replica": {"replicate_source_db": "main"}}}}
}
