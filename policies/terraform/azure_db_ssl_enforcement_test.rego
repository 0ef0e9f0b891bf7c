package platlint.terraform.azure_db_ssl_enforcement_test

import data.platlint.terraform.azure_db_ssl_enforcement as rule

test_single_server_ssl_disabled if {
	r := rule.deny with input as {"resource": {"azurerm_postgresql_server": {"pg": {"ssl_enforcement_enabled": false}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_postgresql_server", "pg", "ssl_enforcement_enabled"]
}

test_provider_2_ssl_enforcement_disabled if {
	r := rule.deny with input as {"resource": {"azurerm_mysql_server": {"my": {"ssl_enforcement": "Disabled"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_mysql_server", "my", "ssl_enforcement"]
}

test_flexible_require_secure_transport_off if {
	r := rule.deny with input as {"resource": {"azurerm_mysql_flexible_server_configuration": {"tls": {
		"name": "require_secure_transport",
		"server_name": "${azurerm_mysql_flexible_server.my.name}",
		"value": "OFF",
	}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_mysql_flexible_server_configuration", "tls", "value"]
}

test_enforced_is_fine if {
	count(rule.deny) == 0 with input as {"resource": {
		"azurerm_postgresql_server": {"pg": {"ssl_enforcement_enabled": true}},
		"azurerm_mariadb_server": {"m": {"ssl_enforcement_enabled": "${var.ssl}"}},
		"azurerm_postgresql_flexible_server_configuration": {
			"on": {"name": "require_secure_transport", "value": "on"},
			"other": {"name": "log_connections", "value": "off"},
		},
	}}
}
