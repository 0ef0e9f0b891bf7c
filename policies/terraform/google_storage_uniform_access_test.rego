package platlint.terraform.google_storage_uniform_access_test

import data.platlint.terraform.google_storage_uniform_access as rule

test_missing_points_at_the_bucket if {
	r := rule.deny with input as {"resource": {"google_storage_bucket": {"data": {"name": "acme-data", "location": "EU"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "google_storage_bucket", "data"]
}

test_false_points_at_the_attribute if {
	r := rule.deny with input as {"resource": {"google_storage_bucket": {"data": {"name": "acme-data", "uniform_bucket_level_access": false}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "google_storage_bucket", "data", "uniform_bucket_level_access"]
}

test_legacy_bucket_policy_only_false if {
	r := rule.deny with input as {"resource": {"google_storage_bucket": {"data": {"name": "acme-data", "bucket_policy_only": false}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "google_storage_bucket", "data", "bucket_policy_only"]
}

test_enabled_is_fine if {
	count(rule.deny) == 0 with input as {"resource": {"google_storage_bucket": {
		"a": {"name": "a", "uniform_bucket_level_access": true},
		"b": {"name": "b", "bucket_policy_only": "true"},
		"c": {"name": "c", "uniform_bucket_level_access": "${var.uniform}"},
	}}}
}
