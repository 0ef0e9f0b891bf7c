package platlint.terraform.google_storage_public_access_prevention_test

import data.platlint.terraform.google_storage_public_access_prevention as rule

test_missing_points_at_the_bucket if {
	r := rule.deny with input as {"resource": {"google_storage_bucket": {"data": {"name": "acme-data"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "google_storage_bucket", "data"]
}

test_inherited_points_at_the_attribute if {
	r := rule.deny with input as {"resource": {"google_storage_bucket": {"data": {"name": "acme-data", "public_access_prevention": "inherited"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "google_storage_bucket", "data", "public_access_prevention"]
}

test_enforced_or_variable_is_fine if {
	count(rule.deny) == 0 with input as {"resource": {"google_storage_bucket": {
		"a": {"name": "a", "public_access_prevention": "enforced"},
		"b": {"name": "b", "public_access_prevention": "${var.pap}"},
	}}}
}
