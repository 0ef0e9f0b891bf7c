resource "azurerm_subnet" "db" {
  name                 = "snet-db"
  resource_group_name  = azurerm_resource_group.platform.name
  virtual_network_name = azurerm_virtual_network.platform.name
  address_prefixes     = ["10.30.2.0/24"]

  delegation {
    name = "postgres"

    service_delegation {
      name    = "Microsoft.DBforPostgreSQL/flexibleServers"
      actions = ["Microsoft.Network/virtualNetworks/subnets/join/action"]
    }
  }
}

resource "azurerm_private_dns_zone" "postgres" {
  name                = "${var.environment}.postgres.database.azure.com"
  resource_group_name = azurerm_resource_group.platform.name
}

# The application database lives in a delegated subnet: no public endpoint.
resource "azurerm_postgresql_flexible_server" "app" {
  name                          = "psql-${var.environment}-app"
  resource_group_name           = azurerm_resource_group.platform.name
  location                      = azurerm_resource_group.platform.location
  version                       = "16"
  sku_name                      = "GP_Standard_D2ds_v5"
  storage_mb                    = 65536
  delegated_subnet_id           = azurerm_subnet.db.id
  private_dns_zone_id           = azurerm_private_dns_zone.postgres.id
  public_network_access_enabled = false

  authentication {
    active_directory_auth_enabled = true
    password_auth_enabled         = false
    tenant_id                     = var.tenant_id
  }
}

resource "azurerm_postgresql_flexible_server_configuration" "log_connections" {
  name      = "log_connections"
  server_id = azurerm_postgresql_flexible_server.app.id
  value     = "on"
}

# A legacy client that could not do TLS.
resource "azurerm_postgresql_flexible_server_configuration" "plaintext" {
  name      = "require_secure_transport"
  server_id = azurerm_postgresql_flexible_server.app.id
  value     = "off"
}

resource "azurerm_mssql_server" "reporting" {
  name                         = "sql-${var.environment}-reporting"
  resource_group_name          = azurerm_resource_group.platform.name
  location                     = azurerm_resource_group.platform.location
  version                      = "12.0"
  minimum_tls_version          = "1.0"
  administrator_login          = "sqladmin"
  administrator_login_password = var.sql_admin_password
}

variable "sql_admin_password" {
  description = "Administrator password of the reporting server."
  type        = string
  sensitive   = true
}

resource "azurerm_mssql_firewall_rule" "azure_services" {
  name             = "AllowAzureServices"
  server_id        = azurerm_mssql_server.reporting.id
  start_ip_address = "0.0.0.0"
  end_ip_address   = "0.0.0.0"
}

resource "azurerm_mssql_firewall_rule" "everyone" {
  name             = "AllowAll"
  server_id        = azurerm_mssql_server.reporting.id
  start_ip_address = "0.0.0.0"
  end_ip_address   = "255.255.255.255"
}
