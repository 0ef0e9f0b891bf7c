resource "azurerm_mssql_server" "private" {
  name                          = "sql-private"
  resource_group_name           = "rg"
  location                      = "westeurope"
  version                       = "12.0"
  minimum_tls_version           = "1.2"
  public_network_access_enabled = false
}

resource "azurerm_mssql_server" "defaults" { # want: PL-TF-156
  name                = "sql-defaults"
  resource_group_name = "rg"
  location            = "westeurope"
  version             = "12.0"
}

resource "azurerm_mssql_server" "old_tls" {
  name                          = "sql-old-tls"
  resource_group_name           = "rg"
  location                      = "westeurope"
  version                       = "12.0"
  minimum_tls_version           = "1.1" # want: PL-TF-158
  public_network_access_enabled = true  # want: PL-TF-156
}

resource "azurerm_mssql_firewall_rule" "azure_services" {
  name             = "AllowAzureServices"
  server_id        = azurerm_mssql_server.old_tls.id
  start_ip_address = "0.0.0.0"
  end_ip_address   = "0.0.0.0"
}

resource "azurerm_mssql_firewall_rule" "office" {
  name             = "office"
  server_id        = azurerm_mssql_server.old_tls.id
  start_ip_address = "203.0.113.0"
  end_ip_address   = "203.0.113.255"
}

resource "azurerm_mssql_firewall_rule" "everyone" {
  name             = "everyone"
  server_id        = azurerm_mssql_server.old_tls.id
  start_ip_address = "0.0.0.0"
  end_ip_address   = "255.255.255.255" # want: PL-TF-155
}

resource "azurerm_postgresql_server" "single" {
  name                             = "psql-single"
  resource_group_name              = "rg"
  location                         = "westeurope"
  version                          = "11"
  sku_name                         = "GP_Gen5_2"
  ssl_enforcement_enabled          = false # want: PL-TF-157
  ssl_minimal_tls_version_enforced = "TLSEnforcementDisabled"
  public_network_access_enabled    = false
}

resource "azurerm_mysql_server" "single" {
  name                             = "mysql-single"
  resource_group_name              = "rg"
  location                         = "westeurope"
  version                          = "8.0"
  sku_name                         = "GP_Gen5_2"
  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = "TLS1_0" # want: PL-TF-158
  public_network_access_enabled    = false
}

resource "azurerm_mysql_firewall_rule" "wide" {
  name                = "wide"
  resource_group_name = "rg"
  server_name         = azurerm_mysql_server.single.name
  start_ip_address    = "1.0.0.0"
  end_ip_address      = "223.255.255.255" # want: PL-TF-155
}

resource "azurerm_postgresql_flexible_server" "vnet" {
  name                = "psql-vnet"
  resource_group_name = "rg"
  location            = "westeurope"
  version             = "16"
  sku_name            = "GP_Standard_D2ds_v5"
  delegated_subnet_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/db"
  private_dns_zone_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/privateDnsZones/db.postgres.database.azure.com"
}

resource "azurerm_postgresql_flexible_server" "public" { # want: PL-TF-156
  name                = "psql-public"
  resource_group_name = "rg"
  location            = "westeurope"
  version             = "16"
  sku_name            = "B_Standard_B1ms"
}

resource "azurerm_postgresql_flexible_server_firewall_rule" "all" {
  name             = "all"
  server_id        = azurerm_postgresql_flexible_server.public.id
  start_ip_address = "0.0.0.0"
  end_ip_address   = "255.255.255.255" # want: PL-TF-155
}

resource "azurerm_postgresql_flexible_server_configuration" "no_tls" {
  name      = "require_secure_transport"
  server_id = azurerm_postgresql_flexible_server.public.id
  value     = "off" # want: PL-TF-157
}

resource "azurerm_postgresql_flexible_server_configuration" "old_tls" {
  name      = "ssl_min_protocol_version"
  server_id = azurerm_postgresql_flexible_server.public.id
  value     = "TLSv1.1" # want: PL-TF-158
}

resource "azurerm_postgresql_flexible_server_configuration" "modern_tls" {
  name      = "ssl_min_protocol_version"
  server_id = azurerm_postgresql_flexible_server.vnet.id
  value     = "TLSv1.3"
}

resource "azurerm_mysql_flexible_server" "private" {
  name                = "mysql-private"
  resource_group_name = "rg"
  location            = "westeurope"
  sku_name            = "GP_Standard_D2ds_v4"
  delegated_subnet_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/mysql"
}

resource "azurerm_mysql_flexible_server_configuration" "tls_versions" {
  name                = "tls_version"
  resource_group_name = "rg"
  server_name         = azurerm_mysql_flexible_server.private.name
  value               = "TLSv1,TLSv1.2" # want: PL-TF-158
}

resource "azurerm_mysql_flexible_server_configuration" "secure_transport" {
  name                = "require_secure_transport"
  resource_group_name = "rg"
  server_name         = azurerm_mysql_flexible_server.private.name
  value               = "ON"
}

# Provider 2.x spelling.
resource "azurerm_mariadb_server" "legacy" {
  name                          = "mariadb-legacy"
  resource_group_name           = "rg"
  location                      = "westeurope"
  version                       = "10.3"
  sku_name                      = "GP_Gen5_2"
  ssl_enforcement               = "Disabled" # want: PL-TF-157
  public_network_access_enabled = var.mariadb_public
}

variable "mariadb_public" {
  type = bool
}
