package platlint.terraform.google_compute_default_sa_full_scope_test

import data.platlint.terraform.google_compute_default_sa_full_scope as rule

instance(sa) := {"resource": {"google_compute_instance": {"vm": {"service_account": [sa]}}}}

test_no_email_means_default_account if {
	r := rule.deny with input as instance({"scopes": ["cloud-platform"]})
	count(r) == 1
	some f in r
	f.path == ["resource", "google_compute_instance", "vm", "service_account", 0, "scopes", 0]
}

test_literal_default_account if {
	r := rule.deny with input as instance({
		"email": "123456789-compute@developer.gserviceaccount.com",
		"scopes": ["userinfo-email", "https://www.googleapis.com/auth/cloud-platform"],
	})
	count(r) == 1
	some f in r
	f.path == ["resource", "google_compute_instance", "vm", "service_account", 0, "scopes", 1]
}

test_default_account_data_source if {
	r := rule.deny with input as instance({"email": "${data.google_compute_default_service_account.default.email}", "scopes": ["cloud-platform"]})
	count(r) == 1
}

test_dedicated_account_is_fine if {
	count(rule.deny) == 0 with input as instance({"email": "${google_service_account.app.email}", "scopes": ["cloud-platform"]})
}

test_default_account_with_narrow_scopes_is_fine if {
	count(rule.deny) == 0 with input as instance({"scopes": ["logging-write", "monitoring-write"]})
}
