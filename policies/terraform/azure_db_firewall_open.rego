# METADATA
# title: Database firewall rule admits the whole internet
# description: >-
#   A server-level firewall rule whose range spans most of the IPv4 space (the
#   classic start_ip_address = "0.0.0.0", end_ip_address = "255.255.255.255")
#   exposes the database endpoint to every address, leaving only the login
#   between an attacker and the data. The "Allow Azure services" rule
#   (0.0.0.0 to 0.0.0.0) is not reported here.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/azure-sql/database/firewall-configure
#   - ref: https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-firewall-rules
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_firewall_rule
#   - ref: https://www.cisecurity.org/benchmark/azure
#     description: "CIS Microsoft Azure Foundations Benchmark: Ensure no Azure SQL Databases allow ingress from 0.0.0.0/0 (ANY IP)"
# custom:
#   id: PL-TF-155
#   severity: critical
#   rationale: The database listens to the whole internet, open to password spraying and to any server vulnerability.
#   input: terraform
#   resources: [azurerm_mssql_firewall_rule, azurerm_sql_firewall_rule, azurerm_postgresql_firewall_rule, azurerm_postgresql_flexible_server_firewall_rule, azurerm_mysql_firewall_rule, azurerm_mysql_flexible_server_firewall_rule, azurerm_mariadb_firewall_rule]
#   tags: [azure, database, network, public-access]
#   remediation: >-
#     Narrow the rule to the client addresses that need access (`start_ip_address = "203.0.113.10"`,
#     `end_ip_address = "203.0.113.10"`), or disable public network access and use a private endpoint or VNet integration.
package platlint.terraform.azure_db_firewall_open

rule_types := [
	"azurerm_mssql_firewall_rule",
	"azurerm_sql_firewall_rule",
	"azurerm_postgresql_firewall_rule",
	"azurerm_postgresql_flexible_server_firewall_rule",
	"azurerm_mysql_firewall_rule",
	"azurerm_mysql_flexible_server_firewall_rule",
	"azurerm_mariadb_firewall_rule",
]

# Half the IPv4 space: any range this wide is "the internet" in practice.
threshold := 2147483648

deny contains finding if {
	some type in rule_types
	some name, r in input.resource[type]
	start := ip_number(r.start_ip_address)
	end := ip_number(r.end_ip_address)
	(end - start) + 1 >= threshold
	finding := {
		"msg": sprintf("%s.%s admits %s to %s, %s", [type, name, r.start_ip_address, r.end_ip_address, extent(start, end)]),
		"path": ["resource", type, name, "end_ip_address"],
	}
}

ip_number(s) := n if {
	is_string(s)
	regex.match(`^[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}$`, s)
	o := [to_number(p) | some p in split(s, ".")]
	every x in o {
		x <= 255
	}
	n := (((((o[0] * 256) + o[1]) * 256) + o[2]) * 256) + o[3]
}

extent(start, end) := "the whole internet" if whole(start, end)

extent(start, end) := "at least half of the IPv4 address space" if not whole(start, end)

whole(start, end) if {
	start == 0
	end == 4294967295
}
