package platlint.terraform.state_encryption_test

import data.platlint.terraform.state_encryption as s

test_s3_without_encrypt if {
	r := s.deny with input as {"terraform": [{"backend": {"s3": {"bucket": "state", "key": "k"}}}]}
	count(r) == 1
	some f in r
	f.path == ["terraform", 0, "backend", "s3"]
}

test_s3_encrypt_false_points_at_attribute if {
	r := s.deny with input as {"terraform": [{"required_version": ">= 1.5"}, {"backend": {"s3": {"encrypt": false}}}]}
	some f in r
	f.path == ["terraform", 1, "backend", "s3", "encrypt"]
}

test_local_backend if {
	count(s.deny) == 1 with input as {"terraform": [{"backend": {"local": {"path": "terraform.tfstate"}}}]}
}

test_s3_encrypted_is_fine if {
	count(s.deny) == 0 with input as {"terraform": [{"backend": {"s3": {"bucket": "state", "encrypt": true, "dynamodb_table": "locks"}}}]}
}

test_no_backend_is_fine if {
	count(s.deny) == 0 with input as {"terraform": [{"required_providers": [{"aws": {"source": "hashicorp/aws"}}]}]}
}
