package platlint.terraform.azure_db_tls_test

import data.platlint.terraform.azure_db_tls as rule

test_mssql_tls_1_0 if {
	r := rule.deny with input as {"resource": {"azurerm_mssql_server": {"sql": {"minimum_tls_version": "1.0"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_mssql_server", "sql", "minimum_tls_version"]
}

test_mssql_minimum_disabled if {
	r := rule.deny with input as {"resource": {"azurerm_mssql_server": {"sql": {"minimum_tls_version": "Disabled"}}}}
	count(r) == 1
}

test_single_server_tls_1_1 if {
	r := rule.deny with input as {"resource": {"azurerm_postgresql_server": {"pg": {"ssl_minimal_tls_version_enforced": "TLS1_1"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_postgresql_server", "pg", "ssl_minimal_tls_version_enforced"]
}

test_postgres_flexible_min_protocol if {
	r := rule.deny with input as {"resource": {"azurerm_postgresql_flexible_server_configuration": {"tls": {"name": "ssl_min_protocol_version", "value": "TLSv1"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_postgresql_flexible_server_configuration", "tls", "value"]
}

test_mysql_flexible_tls_version_list if {
	r := rule.deny with input as {"resource": {"azurerm_mysql_flexible_server_configuration": {"tls": {"name": "tls_version", "value": "TLSv1.1,TLSv1.2"}}}}
	count(r) == 1
}

test_modern_tls_is_fine if {
	count(rule.deny) == 0 with input as {"resource": {
		"azurerm_mssql_server": {"a": {"minimum_tls_version": "1.2"}, "b": {"version": "12.0"}},
		"azurerm_mysql_server": {"m": {"ssl_minimal_tls_version_enforced": "TLS1_2"}},
		"azurerm_postgresql_flexible_server_configuration": {"tls": {"name": "ssl_min_protocol_version", "value": "TLSv1.2"}},
		"azurerm_mysql_flexible_server_configuration": {"tls": {"name": "tls_version", "value": "TLSv1.2,TLSv1.3"}},
	}}
}
