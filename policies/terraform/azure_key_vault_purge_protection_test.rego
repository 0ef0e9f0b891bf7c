package platlint.terraform.azure_key_vault_purge_protection_test

import data.platlint.terraform.azure_key_vault_purge_protection as rule

test_default_points_at_the_vault if {
	r := rule.deny with input as {"resource": {"azurerm_key_vault": {"kv": {"sku_name": "standard"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_key_vault", "kv"]
}

test_explicit_false if {
	r := rule.deny with input as {"resource": {"azurerm_key_vault": {"kv": {"purge_protection_enabled": false}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_key_vault", "kv", "purge_protection_enabled"]
}

test_provider_2_soft_delete_disabled if {
	r := rule.deny with input as {"resource": {"azurerm_key_vault": {"kv": {"purge_protection_enabled": true, "soft_delete_enabled": false}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_key_vault", "kv", "soft_delete_enabled"]
}

test_protected_is_fine if {
	count(rule.deny) == 0 with input as {"resource": {"azurerm_key_vault": {
		"a": {"purge_protection_enabled": true, "soft_delete_retention_days": 90},
		"b": {"purge_protection_enabled": "${var.purge_protection}"},
	}}}
}
