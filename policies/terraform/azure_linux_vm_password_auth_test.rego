package platlint.terraform.azure_linux_vm_password_auth_test

import data.platlint.terraform.azure_linux_vm_password_auth as rule

test_linux_vm_password if {
	r := rule.deny with input as {"resource": {"azurerm_linux_virtual_machine": {"vm": {
		"admin_username": "azureuser",
		"admin_password": "${var.admin_password}",
		"disable_password_authentication": false,
	}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_linux_virtual_machine", "vm", "disable_password_authentication"]
}

test_legacy_virtual_machine if {
	r := rule.deny with input as {"resource": {"azurerm_virtual_machine": {"vm": {"os_profile_linux_config": [{"disable_password_authentication": false}]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_virtual_machine", "vm", "os_profile_linux_config", 0, "disable_password_authentication"]
}

test_orchestrated_scale_set if {
	r := rule.deny with input as {"resource": {"azurerm_orchestrated_virtual_machine_scale_set": {"ss": {"os_profile": [{"linux_configuration": [{"disable_password_authentication": false}]}]}}}}
	count(r) == 1
}

test_ssh_keys_are_fine if {
	count(rule.deny) == 0 with input as {"resource": {
		"azurerm_linux_virtual_machine": {"vm": {"admin_username": "azureuser", "admin_ssh_key": [{"username": "azureuser", "public_key": "${file(\"id.pub\")}"}]}},
		"azurerm_linux_virtual_machine_scale_set": {"ss": {"disable_password_authentication": true}},
		"azurerm_virtual_machine": {"old": {"os_profile_linux_config": [{"disable_password_authentication": true}]}},
	}}
}
