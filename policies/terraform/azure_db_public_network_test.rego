package platlint.terraform.azure_db_public_network_test

import data.platlint.terraform.azure_db_public_network as rule

test_mssql_default if {
	r := rule.deny with input as {"resource": {"azurerm_mssql_server": {"sql": {"version": "12.0"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_mssql_server", "sql"]
}

test_postgres_explicit_true if {
	r := rule.deny with input as {"resource": {"azurerm_postgresql_server": {"pg": {"public_network_access_enabled": true}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_postgresql_server", "pg", "public_network_access_enabled"]
}

test_flexible_server_without_subnet if {
	r := rule.deny with input as {"resource": {"azurerm_postgresql_flexible_server": {"pg": {"version": "16", "sku_name": "GP_Standard_D2s_v3"}}}}
	count(r) == 1
}

test_mysql_flexible_public_network_access_string if {
	r := rule.deny with input as {"resource": {"azurerm_mysql_flexible_server": {"my": {"public_network_access": "Enabled"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_mysql_flexible_server", "my", "public_network_access"]
}

test_private_servers_are_fine if {
	count(rule.deny) == 0 with input as {"resource": {
		"azurerm_mssql_server": {"sql": {"public_network_access_enabled": false}},
		"azurerm_postgresql_flexible_server": {"pg": {
			"delegated_subnet_id": "${azurerm_subnet.db.id}",
			"private_dns_zone_id": "${azurerm_private_dns_zone.pg.id}",
			"public_network_access_enabled": false,
		}},
		"azurerm_mysql_flexible_server": {
			"vnet": {"delegated_subnet_id": "${azurerm_subnet.db.id}"},
			"off": {"public_network_access": "Disabled"},
		},
		"azurerm_mariadb_server": {"m": {"public_network_access_enabled": "${var.public}"}},
	}}
}
