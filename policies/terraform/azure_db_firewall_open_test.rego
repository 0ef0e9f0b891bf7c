package platlint.terraform.azure_db_firewall_open_test

import data.platlint.terraform.azure_db_firewall_open as rule

test_whole_internet if {
	r := rule.deny with input as {"resource": {"azurerm_mssql_firewall_rule": {"all": {
		"server_id": "${azurerm_mssql_server.sql.id}",
		"start_ip_address": "0.0.0.0",
		"end_ip_address": "255.255.255.255",
	}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_mssql_firewall_rule", "all", "end_ip_address"]
	contains(f.msg, "the whole internet")
}

test_half_the_internet_on_flexible_server if {
	r := rule.deny with input as {"resource": {"azurerm_postgresql_flexible_server_firewall_rule": {"wide": {
		"start_ip_address": "1.0.0.0",
		"end_ip_address": "223.255.255.255",
	}}}}
	count(r) == 1
}

test_allow_azure_services_and_narrow_ranges_are_fine if {
	count(rule.deny) == 0 with input as {"resource": {
		"azurerm_mssql_firewall_rule": {"azure": {"start_ip_address": "0.0.0.0", "end_ip_address": "0.0.0.0"}},
		"azurerm_mysql_flexible_server_firewall_rule": {"office": {"start_ip_address": "203.0.113.0", "end_ip_address": "203.0.113.255"}},
		"azurerm_postgresql_firewall_rule": {"ref": {"start_ip_address": "${var.start}", "end_ip_address": "255.255.255.255"}},
	}}
}
