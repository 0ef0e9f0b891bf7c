package platlint.terraform.azure_key_vault_secret_expiry_test

import data.platlint.terraform.azure_key_vault_secret_expiry as rule

test_no_expiry if {
	r := rule.deny with input as {"resource": {"azurerm_key_vault_secret": {"db": {"name": "db-password", "value": "${random_password.db.result}", "key_vault_id": "${azurerm_key_vault.kv.id}"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_key_vault_secret", "db"]
}

test_expiry_is_fine if {
	count(rule.deny) == 0 with input as {"resource": {"azurerm_key_vault_secret": {
		"a": {"expiration_date": "2026-12-31T00:00:00Z"},
		"b": {"expiration_date": "${timeadd(time_rotating.db.rfc3339, \"8760h\")}"},
	}}}
}
