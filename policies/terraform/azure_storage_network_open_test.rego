package platlint.terraform.azure_storage_network_open_test

import data.platlint.terraform.azure_storage_network_open as rule

account(body) := object.union({"name": "acmesa", "account_tier": "Standard", "account_replication_type": "LRS"}, body)

test_no_rules_points_at_the_account if {
	r := rule.deny with input as {"resource": {"azurerm_storage_account": {"sa": account({})}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_storage_account", "sa"]
}

test_inline_allow if {
	r := rule.deny with input as {"resource": {"azurerm_storage_account": {"sa": account({"network_rules": [{"default_action": "Allow"}]})}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_storage_account", "sa", "network_rules", 0, "default_action"]
}

test_separate_rules_resource_allow if {
	r := rule.deny with input as {"resource": {
		"azurerm_storage_account": {"sa": account({})},
		"azurerm_storage_account_network_rules": {"sa": {"storage_account_id": "${azurerm_storage_account.sa.id}", "default_action": "Allow"}},
	}}
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_storage_account_network_rules", "sa", "default_action"]
}

test_inline_deny_is_fine if {
	count(rule.deny) == 0 with input as {"resource": {"azurerm_storage_account": {"sa": account({"network_rules": [{
		"default_action": "Deny",
		"bypass": ["AzureServices"],
		"ip_rules": ["203.0.113.0/24"],
	}]})}}}
}

test_separate_rules_resource_deny_is_fine if {
	count(rule.deny) == 0 with input as {"resource": {
		"azurerm_storage_account": {"sa": account({})},
		"azurerm_storage_account_network_rules": {"sa": {"storage_account_id": "${azurerm_storage_account.sa.id}", "default_action": "Deny"}},
	}}
	count(rule.deny) == 0 with input as {"resource": {
		"azurerm_storage_account": {"sa": account({})},
		"azurerm_storage_account_network_rules": {"sa": {"storage_account_name": "acmesa", "resource_group_name": "rg", "default_action": "Deny"}},
	}}
}

test_private_endpoint_only_is_fine if {
	count(rule.deny) == 0 with input as {"resource": {"azurerm_storage_account": {"sa": account({"public_network_access_enabled": false})}}}
}
