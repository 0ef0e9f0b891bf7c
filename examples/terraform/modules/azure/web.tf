resource "azurerm_service_plan" "web" {
  name                = "asp-${var.environment}-web"
  resource_group_name = azurerm_resource_group.platform.name
  location            = azurerm_resource_group.platform.location
  os_type             = "Linux"
  sku_name            = "P1v3"
}

resource "azurerm_linux_web_app" "portal" {
  name                = "app-${var.environment}-portal"
  resource_group_name = azurerm_resource_group.platform.name
  location            = azurerm_resource_group.platform.location
  service_plan_id     = azurerm_service_plan.web.id
  https_only          = true

  site_config {
    minimum_tls_version = "1.2"
    ftps_state          = "Disabled"
  }
}

# Kept alive for a partner's old integration.
resource "azurerm_linux_web_app" "partner_legacy" {
  name                = "app-${var.environment}-partner-legacy"
  resource_group_name = azurerm_resource_group.platform.name
  location            = azurerm_resource_group.platform.location
  service_plan_id     = azurerm_service_plan.web.id

  site_config {
    minimum_tls_version = "1.0"
  }
}
