package platlint.terraform.google_storage_public_iam_test

import data.platlint.terraform.google_storage_public_iam as rule

test_iam_member_all_users if {
	r := rule.deny with input as {"resource": {"google_storage_bucket_iam_member": {"public": {
		"bucket": "${google_storage_bucket.site.name}",
		"role": "roles/storage.objectViewer",
		"member": "allUsers",
	}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "google_storage_bucket_iam_member", "public", "member"]
}

test_iam_binding_points_at_the_member if {
	r := rule.deny with input as {"resource": {"google_storage_bucket_iam_binding": {"readers": {
		"bucket": "acme-assets",
		"role": "roles/storage.objectViewer",
		"members": ["group:eng@example.com", "allAuthenticatedUsers"],
	}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "google_storage_bucket_iam_binding", "readers", "members", 1]
}

test_iam_policy_document_attached_to_bucket if {
	r := rule.deny with input as {
		"resource": {"google_storage_bucket_iam_policy": {"p": {"bucket": "acme", "policy_data": "${data.google_iam_policy.public.policy_data}"}}},
		"data": {"google_iam_policy": {"public": {"binding": [{"role": "roles/storage.objectViewer", "members": ["allUsers"]}]}}},
	}
	count(r) == 1
	some f in r
	f.path == ["data", "google_iam_policy", "public", "binding", 0, "members", 0]
}

test_policy_document_not_used_by_a_bucket_is_ignored if {
	count(rule.deny) == 0 with input as {"data": {"google_iam_policy": {"public": {"binding": [{"role": "roles/run.invoker", "members": ["allUsers"]}]}}}}
}

test_public_canned_acl if {
	r := rule.deny with input as {"resource": {"google_storage_bucket_acl": {"a": {"bucket": "acme", "predefined_acl": "publicRead"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "google_storage_bucket_acl", "a", "predefined_acl"]
}

test_role_entity_all_users if {
	r := rule.deny with input as {"resource": {"google_storage_default_object_acl": {"a": {"bucket": "acme", "role_entity": ["OWNER:project-owners-123", "READER:allUsers"]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "google_storage_default_object_acl", "a", "role_entity", 1]
}

test_access_control_entity if {
	r := rule.deny with input as {"resource": {"google_storage_bucket_access_control": {"a": {"bucket": "acme", "role": "READER", "entity": "allUsers"}}}}
	count(r) == 1
}

test_service_account_and_group_members_are_fine if {
	count(rule.deny) == 0 with input as {"resource": {
		"google_storage_bucket_iam_member": {"app": {"bucket": "acme", "role": "roles/storage.objectViewer", "member": "serviceAccount:app@acme.iam.gserviceaccount.com"}},
		"google_storage_bucket_iam_binding": {"eng": {"bucket": "acme", "role": "roles/storage.objectAdmin", "members": ["group:eng@example.com", "${var.extra_member}"]}},
		"google_storage_bucket_acl": {"a": {"bucket": "acme", "predefined_acl": "projectPrivate"}},
	}}
}
