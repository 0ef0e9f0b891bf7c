package platlint.terraform.azure_storage_https_only_test

import data.platlint.terraform.azure_storage_https_only as rule

test_v4_attribute_false if {
	r := rule.deny with input as {"resource": {"azurerm_storage_account": {"sa": {"https_traffic_only_enabled": false}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_storage_account", "sa", "https_traffic_only_enabled"]
}

test_v3_attribute_false if {
	r := rule.deny with input as {"resource": {"azurerm_storage_account": {"sa": {"enable_https_traffic_only": "false"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_storage_account", "sa", "enable_https_traffic_only"]
}

test_default_or_true_is_fine if {
	count(rule.deny) == 0 with input as {"resource": {"azurerm_storage_account": {
		"a": {"name": "a"},
		"b": {"https_traffic_only_enabled": true},
		"c": {"enable_https_traffic_only": "${var.https_only}"},
	}}}
}
