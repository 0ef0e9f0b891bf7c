package platlint.terraform.rds_publicly_accessible_test

import data.platlint.terraform.rds_publicly_accessible as p

test_public_instance if {
	r := p.deny with input as {"resource": {"aws_db_instance": {"main": {"engine": "postgres", "publicly_accessible": true}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_db_instance", "main", "publicly_accessible"]
}

test_public_cluster_instance if {
	count(p.deny) == 1 with input as {"resource": {"aws_rds_cluster_instance": {"a": {"publicly_accessible": "true"}}}}
}

test_private_and_default_are_fine if {
	count(p.deny) == 0 with input as {"resource": {
		"aws_db_instance": {"main": {"publicly_accessible": false}, "other": {"engine": "mysql"}},
		"aws_rds_cluster_instance": {"a": {"publicly_accessible": "${var.public}"}},
	}}
}
