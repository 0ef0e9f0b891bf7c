# METADATA
# title: Database server accepts TLS versions older than 1.2
# description: >-
#   An Azure SQL server with minimum_tls_version "1.0", "1.1" or "Disabled", a
#   PostgreSQL or MySQL single server with ssl_minimal_tls_version_enforced
#   TLS1_0 or TLS1_1, or a flexible server whose ssl_min_protocol_version or
#   tls_version parameter allows TLSv1 or TLSv1.1, lets clients negotiate
#   protocol versions with known weaknesses. The current defaults are TLS 1.2,
#   so only explicit older values are reported.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/azure-sql/database/connectivity-settings#minimal-tls-version
#   - ref: https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-networking-ssl-tls
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_server#minimum_tls_version
# custom:
#   id: PL-TF-158
#   severity: medium
#   rationale: Downgrade attacks on old TLS are practical only for an attacker already on the network path.
#   input: terraform
#   resources: [azurerm_mssql_server, azurerm_postgresql_server, azurerm_mysql_server, azurerm_postgresql_flexible_server_configuration, azurerm_mysql_flexible_server_configuration]
#   tags: [azure, database, encryption-in-transit, tls]
#   remediation: >-
#     Set `minimum_tls_version = "1.2"` on azurerm_mssql_server, `ssl_minimal_tls_version_enforced = "TLS1_2"` on single
#     servers, and TLSv1.2 (or later) in the flexible server's ssl_min_protocol_version or tls_version parameter.
package platlint.terraform.azure_db_tls

deny contains finding if {
	some name, r in input.resource.azurerm_mssql_server
	r.minimum_tls_version in {"1.0", "1.1", "Disabled"}
	finding := {
		"msg": sprintf("azurerm_mssql_server.%s accepts TLS older than 1.2 (minimum_tls_version = %q)", [name, r.minimum_tls_version]),
		"path": ["resource", "azurerm_mssql_server", name, "minimum_tls_version"],
	}
}

# TLSEnforcementDisabled goes with ssl_enforcement_enabled = false, which
# PL-TF-157 reports.
deny contains finding if {
	some type in ["azurerm_postgresql_server", "azurerm_mysql_server"]
	some name, r in input.resource[type]
	r.ssl_minimal_tls_version_enforced in {"TLS1_0", "TLS1_1"}
	finding := {
		"msg": sprintf("%s.%s accepts TLS older than 1.2 (ssl_minimal_tls_version_enforced = %q)", [type, name, r.ssl_minimal_tls_version_enforced]),
		"path": ["resource", type, name, "ssl_minimal_tls_version_enforced"],
	}
}

deny contains finding if {
	some name, r in input.resource.azurerm_postgresql_flexible_server_configuration
	lower(r.name) == "ssl_min_protocol_version"
	r.value in {"TLSv1", "TLSv1.1"}
	finding := {
		"msg": sprintf("azurerm_postgresql_flexible_server_configuration.%s sets ssl_min_protocol_version to %s, older than TLS 1.2", [name, r.value]),
		"path": ["resource", "azurerm_postgresql_flexible_server_configuration", name, "value"],
	}
}

deny contains finding if {
	some name, r in input.resource.azurerm_mysql_flexible_server_configuration
	lower(r.name) == "tls_version"
	is_string(r.value)
	old := [v | some part in split(r.value, ","); v := trim_space(part); v in {"TLSv1", "TLSv1.1"}]
	count(old) > 0
	finding := {
		"msg": sprintf("azurerm_mysql_flexible_server_configuration.%s allows %s, older than TLS 1.2", [name, concat(" and ", old)]),
		"path": ["resource", "azurerm_mysql_flexible_server_configuration", name, "value"],
	}
}
