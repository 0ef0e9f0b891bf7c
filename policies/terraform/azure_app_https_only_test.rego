package platlint.terraform.azure_app_https_only_test

import data.platlint.terraform.azure_app_https_only as rule

test_default_points_at_the_app if {
	r := rule.deny with input as {"resource": {"azurerm_linux_web_app": {"web": {"name": "web", "site_config": [{}]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_linux_web_app", "web"]
}

test_explicit_false_on_legacy_app_service if {
	r := rule.deny with input as {"resource": {"azurerm_app_service": {"web": {"https_only": false}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_app_service", "web", "https_only"]
}

test_https_only_is_fine if {
	count(rule.deny) == 0 with input as {"resource": {
		"azurerm_windows_web_app": {"a": {"https_only": true}},
		"azurerm_linux_function_app": {"b": {"https_only": "${var.https_only}"}},
	}}
}
