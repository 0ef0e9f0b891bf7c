package platlint.terraform.elasticache_transit_encryption_test

import data.platlint.terraform.elasticache_transit_encryption as tr

test_group_without_transit_encryption if {
	r := tr.deny with input as {"resource": {"aws_elasticache_replication_group": {"sessions": {"replication_group_id": "sessions", "engine": "redis", "node_type": "cache.t4g.small"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_elasticache_replication_group", "sessions"]
}

test_false_points_at_the_attribute if {
	r := tr.deny with input as {"resource": {"aws_elasticache_replication_group": {"sessions": {"transit_encryption_enabled": false}}}}
	some f in r
	f.path == ["resource", "aws_elasticache_replication_group", "sessions", "transit_encryption_enabled"]
}

test_preferred_mode_points_at_the_mode if {
	r := tr.deny with input as {"resource": {"aws_elasticache_replication_group": {"sessions": {"transit_encryption_enabled": true, "transit_encryption_mode": "preferred"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_elasticache_replication_group", "sessions", "transit_encryption_mode"]
}

test_required_tls_is_fine if {
	count(tr.deny) == 0 with input as {"resource": {"aws_elasticache_replication_group": {
		"a": {"transit_encryption_enabled": true, "transit_encryption_mode": "required", "auth_token": "${random_password.redis.result}"},
		"b": {"transit_encryption_enabled": true},
		"c": {"transit_encryption_enabled": "${var.tls}"},
	}}}
}

test_global_datastore_member_is_not_checked if {
	count(tr.deny) == 0 with input as {"resource": {"aws_elasticache_replication_group": {"secondary": {"global_replication_group_id": "${aws_elasticache_global_replication_group.main.global_replication_group_id}"}}}}
}
