package platlint.terraform.google_iam_primitive_roles_test

import data.platlint.terraform.google_iam_primitive_roles as rule

test_owner_to_user if {
	r := rule.deny with input as {"resource": {"google_project_iam_member": {"alice": {
		"project": "acme-prod",
		"role": "roles/owner",
		"member": "user:alice@example.com",
	}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "google_project_iam_member", "alice", "member"]
}

test_editor_binding_to_group_template if {
	r := rule.deny with input as {"resource": {"google_folder_iam_binding": {"eng": {
		"folder": "folders/123",
		"role": "roles/editor",
		"members": ["serviceAccount:ci@acme.iam.gserviceaccount.com", "group:${var.team}@example.com"],
	}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "google_folder_iam_binding", "eng", "members", 1]
}

test_policy_document if {
	r := rule.deny with input as {
		"resource": {"google_project_iam_policy": {"p": {"project": "acme", "policy_data": "${data.google_iam_policy.admins.policy_data}"}}},
		"data": {"google_iam_policy": {"admins": {"binding": [{"role": "roles/editor", "members": ["domain:example.com"]}]}}},
	}
	count(r) == 1
	some f in r
	f.path == ["data", "google_iam_policy", "admins", "binding", 0, "members", 0]
}

test_predefined_roles_and_service_accounts_are_fine if {
	count(rule.deny) == 0 with input as {"resource": {
		"google_project_iam_member": {
			"viewer": {"role": "roles/viewer", "member": "user:alice@example.com"},
			"ci": {"role": "roles/editor", "member": "serviceAccount:ci@acme.iam.gserviceaccount.com"},
			"ref": {"role": "roles/owner", "member": "${var.owner}"},
		},
		"google_project_iam_binding": {"admins": {"role": "roles/compute.admin", "members": ["group:ops@example.com"]}},
	}}
}
