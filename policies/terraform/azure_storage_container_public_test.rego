package platlint.terraform.azure_storage_container_public_test

import data.platlint.terraform.azure_storage_container_public as rule

test_blob_access if {
	r := rule.deny with input as {"resource": {"azurerm_storage_container": {"assets": {
		"name": "assets",
		"storage_account_id": "${azurerm_storage_account.sa.id}",
		"container_access_type": "blob",
	}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_storage_container", "assets", "container_access_type"]
}

test_container_access if {
	r := rule.deny with input as {"resource": {"azurerm_storage_container": {"c": {"container_access_type": "container"}}}}
	count(r) == 1
}

test_private_is_fine if {
	count(rule.deny) == 0 with input as {"resource": {"azurerm_storage_container": {
		"a": {"container_access_type": "private"},
		"b": {"name": "b"},
		"c": {"container_access_type": "${var.access}"},
	}}}
}
