package platlint.terraform.azure_app_min_tls_test

import data.platlint.terraform.azure_app_min_tls as rule

test_web_app_tls_1_0 if {
	r := rule.deny with input as {"resource": {"azurerm_linux_web_app": {"web": {"site_config": [{"minimum_tls_version": "1.0"}]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_linux_web_app", "web", "site_config", 0, "minimum_tls_version"]
}

test_scm_tls_1_1 if {
	r := rule.deny with input as {"resource": {"azurerm_windows_function_app": {"fn": {"site_config": [{"minimum_tls_version": "1.2", "scm_minimum_tls_version": "1.1"}]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_windows_function_app", "fn", "site_config", 0, "scm_minimum_tls_version"]
}

test_legacy_app_service if {
	r := rule.deny with input as {"resource": {"azurerm_app_service": {"web": {"site_config": [{"min_tls_version": "1.0"}]}}}}
	count(r) == 1
}

test_modern_or_default_is_fine if {
	count(rule.deny) == 0 with input as {"resource": {
		"azurerm_linux_web_app": {"a": {"site_config": [{"minimum_tls_version": "1.2"}]}, "b": {"site_config": [{}]}},
		"azurerm_app_service": {"c": {"site_config": [{"min_tls_version": "1.2"}]}},
	}}
}
