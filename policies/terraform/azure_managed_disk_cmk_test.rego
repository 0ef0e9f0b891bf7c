package platlint.terraform.azure_managed_disk_cmk_test

import data.platlint.terraform.azure_managed_disk_cmk as rule

test_platform_key if {
	r := rule.deny with input as {"resource": {"azurerm_managed_disk": {"data": {"storage_account_type": "Premium_LRS", "create_option": "Empty", "disk_size_gb": 128}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_managed_disk", "data"]
}

test_ade_explicitly_disabled if {
	r := rule.deny with input as {"resource": {"azurerm_managed_disk": {"data": {"encryption_settings": [{"enabled": false}]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_managed_disk", "data", "encryption_settings", 0, "enabled"]
}

test_customer_keys_are_fine if {
	count(rule.deny) == 0 with input as {"resource": {"azurerm_managed_disk": {
		"des": {"disk_encryption_set_id": "${azurerm_disk_encryption_set.des.id}"},
		"ade": {"encryption_settings": [{"disk_encryption_key": [{"secret_url": "${var.secret_url}", "source_vault_id": "${var.vault_id}"}]}]},
		"cvm": {"secure_vm_disk_encryption_set_id": "${azurerm_disk_encryption_set.cvm.id}"},
	}}}
}
