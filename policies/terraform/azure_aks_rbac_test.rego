package platlint.terraform.azure_aks_rbac_test

import data.platlint.terraform.azure_aks_rbac as rule

test_rbac_disabled if {
	r := rule.deny with input as {"resource": {"azurerm_kubernetes_cluster": {"aks": {"role_based_access_control_enabled": false}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_kubernetes_cluster", "aks", "role_based_access_control_enabled"]
}

test_provider_2_block_disabled if {
	r := rule.deny with input as {"resource": {"azurerm_kubernetes_cluster": {"aks": {"role_based_access_control": [{"enabled": false}]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_kubernetes_cluster", "aks", "role_based_access_control", 0, "enabled"]
}

test_default_and_enabled_are_fine if {
	count(rule.deny) == 0 with input as {"resource": {"azurerm_kubernetes_cluster": {
		"a": {"name": "a"},
		"b": {"role_based_access_control_enabled": true},
		"c": {"role_based_access_control": [{"enabled": true}]},
	}}}
}
