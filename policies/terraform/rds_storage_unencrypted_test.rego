package platlint.terraform.rds_storage_unencrypted_test

import data.platlint.terraform.rds_storage_unencrypted as p

test_instance_without_encryption if {
	r := p.deny with input as {"resource": {"aws_db_instance": {"main": {"engine": "postgres"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_db_instance", "main"]
}

test_cluster_encryption_false_points_at_attribute if {
	r := p.deny with input as {"resource": {"aws_rds_cluster": {"main": {"engine": "aurora-postgresql", "storage_encrypted": false}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_rds_cluster", "main", "storage_encrypted"]
}

test_encrypted_is_fine if {
	count(p.deny) == 0 with input as {"resource": {
		"aws_db_instance": {"main": {"engine": "postgres", "storage_encrypted": true, "kms_key_id": "${aws_kms_key.rds.arn}"}},
		"aws_rds_cluster": {"main": {"engine": "aurora-mysql", "storage_encrypted": "${var.encrypted}"}},
	}}
}

test_read_replica_inherits if {
	count(p.deny) == 0 with input as {"resource": {"aws_db_instance": {
		"replica": {"replicate_source_db": "${aws_db_instance.main.identifier}"},
		"cross_region": {"replicate_source_db": "${var.source_arn}", "storage_encrypted": false, "kms_key_id": "${var.kms_key_arn}"},
	}}}
}

test_snapshot_restore_inherits if {
	count(p.deny) == 0 with input as {"resource": {"aws_rds_cluster": {"restored": {"engine": "aurora-mysql", "snapshot_identifier": "${var.snapshot}"}}}}
}

test_snapshot_restore_with_explicit_false_is_flagged if {
	count(p.deny) == 1 with input as {"resource": {"aws_rds_cluster": {"restored": {"snapshot_identifier": "snap-1", "storage_encrypted": false}}}}
}

test_serverless_v1_is_encrypted_by_default if {
	count(p.deny) == 0 with input as {"resource": {"aws_rds_cluster": {"sls": {"engine": "aurora-mysql", "engine_mode": "serverless"}}}}
}

test_provisioned_aurora_is_not if {
	count(p.deny) == 1 with input as {"resource": {"aws_rds_cluster": {"prov": {"engine": "aurora-mysql", "engine_mode": "provisioned"}}}}
}
