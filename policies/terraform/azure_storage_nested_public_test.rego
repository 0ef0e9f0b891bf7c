package platlint.terraform.azure_storage_nested_public_test

import data.platlint.terraform.azure_storage_nested_public as rule

account(body) := {"resource": {"azurerm_storage_account": {"sa": object.union({"name": "acmesa", "account_tier": "Standard", "account_replication_type": "LRS"}, body)}}}

test_default_points_at_the_account if {
	r := rule.deny with input as account({})
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_storage_account", "sa"]
}

test_explicit_true if {
	r := rule.deny with input as account({"allow_nested_items_to_be_public": true})
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_storage_account", "sa", "allow_nested_items_to_be_public"]
}

test_provider_2_attribute_true if {
	r := rule.deny with input as account({"allow_blob_public_access": true})
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_storage_account", "sa", "allow_blob_public_access"]
}

test_disabled_is_fine if {
	count(rule.deny) == 0 with input as account({"allow_nested_items_to_be_public": false})
	count(rule.deny) == 0 with input as account({"allow_blob_public_access": false})
	count(rule.deny) == 0 with input as account({"allow_nested_items_to_be_public": "${var.public}"})
	count(rule.deny) == 0 with input as account({"account_kind": "FileStorage", "account_tier": "Premium"})
}
