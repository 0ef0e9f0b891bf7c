package platlint.terraform.azure_key_vault_network_test

import data.platlint.terraform.azure_key_vault_network as rule

test_no_acls_points_at_the_vault if {
	r := rule.deny with input as {"resource": {"azurerm_key_vault": {"kv": {"sku_name": "standard"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_key_vault", "kv"]
}

test_acls_allow if {
	r := rule.deny with input as {"resource": {"azurerm_key_vault": {"kv": {"network_acls": [{"default_action": "Allow", "bypass": "AzureServices"}]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_key_vault", "kv", "network_acls", 0, "default_action"]
}

test_deny_or_private_is_fine if {
	count(rule.deny) == 0 with input as {"resource": {"azurerm_key_vault": {
		"a": {"network_acls": [{"default_action": "Deny", "bypass": "AzureServices", "ip_rules": ["203.0.113.0/24"]}]},
		"b": {"public_network_access_enabled": false},
		"c": {"network_acls": [{"default_action": "${var.default_action}", "bypass": "None"}]},
	}}}
}
