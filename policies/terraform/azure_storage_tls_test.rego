package platlint.terraform.azure_storage_tls_test

import data.platlint.terraform.azure_storage_tls as rule

test_tls_1_0 if {
	r := rule.deny with input as {"resource": {"azurerm_storage_account": {"sa": {"min_tls_version": "TLS1_0"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_storage_account", "sa", "min_tls_version"]
}

test_tls_1_2_or_default_is_fine if {
	count(rule.deny) == 0 with input as {"resource": {"azurerm_storage_account": {
		"a": {"min_tls_version": "TLS1_2"},
		"b": {"name": "b"},
		"c": {"min_tls_version": "${var.tls}"},
	}}}
}
