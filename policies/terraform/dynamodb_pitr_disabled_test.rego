package platlint.terraform.dynamodb_pitr_disabled_test

import data.platlint.terraform.dynamodb_pitr_disabled as p

test_table_without_pitr if {
	r := p.deny with input as {"resource": {"aws_dynamodb_table": {"orders": {"hash_key": "id", "billing_mode": "PAY_PER_REQUEST"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_dynamodb_table", "orders"]
}

test_pitr_disabled_points_at_enabled if {
	r := p.deny with input as {"resource": {"aws_dynamodb_table": {"orders": {"point_in_time_recovery": [{"enabled": false}]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_dynamodb_table", "orders", "point_in_time_recovery", 0, "enabled"]
}

test_pitr_enabled_is_fine if {
	count(p.deny) == 0 with input as {"resource": {"aws_dynamodb_table": {
		"orders": {"point_in_time_recovery": [{"enabled": true}]},
		"carts": {"point_in_time_recovery": [{"enabled": "${var.pitr}"}]},
	}}}
}

test_terraform_lock_table_is_exempt if {
	count(p.deny) == 0 with input as {"resource": {"aws_dynamodb_table": {"terraform_locks": {
		"name": "terraform-locks",
		"billing_mode": "PAY_PER_REQUEST",
		"hash_key": "LockID",
		"attribute": [{"name": "LockID", "type": "S"}],
	}}}}
}
