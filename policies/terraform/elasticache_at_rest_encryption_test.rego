package platlint.terraform.elasticache_at_rest_encryption_test

import data.platlint.terraform.elasticache_at_rest_encryption as rest

test_redis_group_without_setting if {
	r := rest.deny with input as {"resource": {"aws_elasticache_replication_group": {"sessions": {"replication_group_id": "sessions", "node_type": "cache.t4g.small"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_elasticache_replication_group", "sessions"]
}

test_false_points_at_the_attribute if {
	r := rest.deny with input as {"resource": {"aws_elasticache_replication_group": {"sessions": {"engine": "valkey", "at_rest_encryption_enabled": false}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_elasticache_replication_group", "sessions", "at_rest_encryption_enabled"]
}

test_encrypted_and_valkey_defaults_are_fine if {
	count(rest.deny) == 0 with input as {"resource": {"aws_elasticache_replication_group": {
		"a": {"engine": "redis", "at_rest_encryption_enabled": true, "kms_key_id": "${aws_kms_key.cache.arn}"},
		"b": {"engine": "valkey"},
		"c": {"engine": "${var.engine}"},
		"d": {"at_rest_encryption_enabled": "${var.encrypt}"},
		"e": {"global_replication_group_id": "${aws_elasticache_global_replication_group.main.id}"},
	}}}
}
