# METADATA
# title: Database server reachable over its public endpoint
# description: >-
#   Azure SQL, PostgreSQL, MySQL and MariaDB servers enable public network
#   access by default (public_network_access_enabled defaults to true, and a
#   flexible server without delegated_subnet_id is public), so the server has
#   an internet-facing endpoint guarded only by its firewall rules. Servers
#   integrated into a VNet or with public access disabled are not reported.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/azure-sql/database/connectivity-settings#deny-public-network-access
#   - ref: https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-networking-private
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_server#public_network_access_enabled
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_flexible_server#public_network_access_enabled
# custom:
#   id: PL-TF-156
#   severity: medium
#   rationale: A public endpoint is one firewall-rule mistake away from exposure, though the firewall still denies by default.
#   input: terraform
#   resources: [azurerm_mssql_server, azurerm_postgresql_server, azurerm_mysql_server, azurerm_mariadb_server, azurerm_postgresql_flexible_server, azurerm_mysql_flexible_server]
#   tags: [azure, database, network]
#   remediation: >-
#     Set `public_network_access_enabled = false` and connect through a private endpoint, or deploy flexible servers
#     into a delegated subnet (`delegated_subnet_id` with `private_dns_zone_id`).
package platlint.terraform.azure_db_public_network

import data.platlint.lib.terraform as tf

server_types := [
	"azurerm_mssql_server",
	"azurerm_postgresql_server",
	"azurerm_mysql_server",
	"azurerm_mariadb_server",
	"azurerm_postgresql_flexible_server",
	"azurerm_mysql_flexible_server",
]

deny contains finding if {
	some type in server_types
	some name, r in input.resource[type]
	not private(r)
	finding := {
		"msg": sprintf("%s.%s has public network access enabled (%s)", [type, name, how(r)]),
		"path": public_path(type, name, r),
	}
}

private(r) if r.public_network_access_enabled in {false, "false"}

private(r) if tf.is_reference(r.public_network_access_enabled)

private(r) if r.public_network_access == "Disabled"

private(r) if tf.is_reference(r.public_network_access)

# VNet-integrated flexible servers have no public endpoint.
private(r) if {
	r.delegated_subnet_id != null
	r.delegated_subnet_id != ""
}

public_path(type, name, r) := ["resource", type, name, "public_network_access_enabled"] if "public_network_access_enabled" in object.keys(r)

public_path(type, name, r) := ["resource", type, name, "public_network_access"] if {
	not "public_network_access_enabled" in object.keys(r)
	"public_network_access" in object.keys(r)
}

public_path(type, name, r) := ["resource", type, name] if {
	not "public_network_access_enabled" in object.keys(r)
	not "public_network_access" in object.keys(r)
}

how(r) := "public_network_access_enabled is true" if "public_network_access_enabled" in object.keys(r)

how(r) := sprintf("public_network_access is %q", [r.public_network_access]) if {
	not "public_network_access_enabled" in object.keys(r)
	"public_network_access" in object.keys(r)
}

how(r) := "the default" if {
	not "public_network_access_enabled" in object.keys(r)
	not "public_network_access" in object.keys(r)
}
