package platlint.terraform.state_locking_test

import data.platlint.terraform.state_locking as s

test_s3_without_lock if {
	count(s.deny) == 1 with input as {"terraform": [{"backend": {"s3": {"bucket": "state", "encrypt": true}}}]}
}

test_use_lockfile_false_is_flagged if {
	count(s.deny) == 1 with input as {"terraform": [{"backend": {"s3": {"use_lockfile": false}}}]}
}

test_local_backend if {
	count(s.deny) == 1 with input as {"terraform": [{"backend": {"local": {}}}]}
}

test_use_lockfile_is_fine if {
	count(s.deny) == 0 with input as {"terraform": [{"backend": {"s3": {"use_lockfile": true}}}]}
}

test_dynamodb_table_is_fine if {
	count(s.deny) == 0 with input as {"terraform": [{"backend": {"s3": {"dynamodb_table": "tf-locks"}}}]}
}
