package platlint.terraform.azure_key_vault_key_expiry_test

import data.platlint.terraform.azure_key_vault_key_expiry as rule

test_no_expiry if {
	r := rule.deny with input as {"resource": {"azurerm_key_vault_key": {"cmk": {"key_type": "RSA", "key_size": 3072, "key_opts": ["wrapKey", "unwrapKey"]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_key_vault_key", "cmk"]
}

test_rotation_policy_without_expiry if {
	r := rule.deny with input as {"resource": {"azurerm_key_vault_key": {"cmk": {"rotation_policy": [{"automatic": [{"time_after_creation": "P90D"}]}]}}}}
	count(r) == 1
}

test_expiry_or_rotation_expiry_is_fine if {
	count(rule.deny) == 0 with input as {"resource": {"azurerm_key_vault_key": {
		"a": {"expiration_date": "2026-12-31T00:00:00Z"},
		"b": {"rotation_policy": [{"expire_after": "P90D", "automatic": [{"time_before_expiry": "P30D"}]}]},
	}}}
}
