# METADATA
# title: Database server accepts connections without TLS
# description: >-
#   PostgreSQL, MySQL and MariaDB single servers with ssl_enforcement_enabled =
#   false (ssl_enforcement = "Disabled" on provider 2.x), and flexible servers
#   whose require_secure_transport server parameter is set to off, accept
#   plaintext connections, so passwords and query results can be read on the
#   wire.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-networking-ssl-tls
#   - ref: https://learn.microsoft.com/azure/mysql/flexible-server/how-to-connect-tls-ssl
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_flexible_server_configuration
#   - ref: https://www.cisecurity.org/benchmark/azure
#     description: "CIS Microsoft Azure Foundations Benchmark: Ensure 'Enforce SSL connection' is set to 'ENABLED' for PostgreSQL and MySQL"
# custom:
#   id: PL-TF-157
#   severity: high
#   rationale: Database credentials and data cross the network in clear text whenever a client does not ask for TLS.
#   input: terraform
#   resources: [azurerm_postgresql_server, azurerm_mysql_server, azurerm_mariadb_server, azurerm_postgresql_flexible_server_configuration, azurerm_mysql_flexible_server_configuration]
#   tags: [azure, database, encryption-in-transit]
#   remediation: >-
#     Set `ssl_enforcement_enabled = true` on single servers; on flexible servers remove the
#     require_secure_transport override (it defaults to on) or set its `value = "on"`.
package platlint.terraform.azure_db_ssl_enforcement

single_types := ["azurerm_postgresql_server", "azurerm_mysql_server", "azurerm_mariadb_server"]

config_types := ["azurerm_postgresql_flexible_server_configuration", "azurerm_mysql_flexible_server_configuration"]

deny contains finding if {
	some type in single_types
	some name, r in input.resource[type]
	r.ssl_enforcement_enabled in {false, "false"}
	finding := {
		"msg": sprintf("%s.%s accepts connections without TLS (ssl_enforcement_enabled = false)", [type, name]),
		"path": ["resource", type, name, "ssl_enforcement_enabled"],
	}
}

deny contains finding if {
	some type in single_types
	some name, r in input.resource[type]
	lower(r.ssl_enforcement) == "disabled"
	finding := {
		"msg": sprintf("%s.%s accepts connections without TLS (ssl_enforcement = %q)", [type, name, r.ssl_enforcement]),
		"path": ["resource", type, name, "ssl_enforcement"],
	}
}

deny contains finding if {
	some type in config_types
	some name, r in input.resource[type]
	lower(r.name) == "require_secure_transport"
	lower(r.value) in {"off", "0", "false"}
	finding := {
		"msg": sprintf("%s.%s turns require_secure_transport off, so the server accepts connections without TLS", [type, name]),
		"path": ["resource", type, name, "value"],
	}
}
