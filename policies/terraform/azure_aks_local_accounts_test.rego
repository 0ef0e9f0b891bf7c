package platlint.terraform.azure_aks_local_accounts_test

import data.platlint.terraform.azure_aks_local_accounts as rule

test_default_points_at_the_cluster if {
	r := rule.deny with input as {"resource": {"azurerm_kubernetes_cluster": {"aks": {"dns_prefix": "aks"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_kubernetes_cluster", "aks"]
}

test_explicit_false if {
	r := rule.deny with input as {"resource": {"azurerm_kubernetes_cluster": {"aks": {"local_account_disabled": false}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_kubernetes_cluster", "aks", "local_account_disabled"]
}

test_disabled_is_fine if {
	count(rule.deny) == 0 with input as {"resource": {"azurerm_kubernetes_cluster": {
		"a": {"local_account_disabled": true},
		"b": {"local_account_disabled": "${var.disable_local_accounts}"},
	}}}
}
