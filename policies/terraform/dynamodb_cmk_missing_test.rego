package platlint.terraform.dynamodb_cmk_missing_test

import data.platlint.terraform.dynamodb_cmk_missing as p

test_table_with_default_encryption if {
	r := p.deny with input as {"resource": {"aws_dynamodb_table": {"orders": {"hash_key": "id"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_dynamodb_table", "orders"]
}

test_enabled_without_key_points_at_block if {
	r := p.deny with input as {"resource": {"aws_dynamodb_table": {"orders": {"server_side_encryption": [{"enabled": true}]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_dynamodb_table", "orders", "server_side_encryption", 0]
}

test_disabled_points_at_enabled if {
	r := p.deny with input as {"resource": {"aws_dynamodb_table": {"orders": {"server_side_encryption": [{"enabled": false}]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_dynamodb_table", "orders", "server_side_encryption", 0, "enabled"]
}

test_customer_key_is_fine if {
	count(p.deny) == 0 with input as {"resource": {"aws_dynamodb_table": {
		"orders": {"server_side_encryption": [{"enabled": true, "kms_key_arn": "${aws_kms_key.dynamodb.arn}"}]},
		"carts": {"server_side_encryption": [{"enabled": "${var.sse}", "kms_key_arn": "${var.kms_key_arn}"}]},
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
