resource "azurerm_service_plan" "web" {
  name                   = "asp-${var.environment}-web"
  resource_group_name    = azurerm_resource_group.platform.name
  location               = azurerm_resource_group.platform.location
  os_type                = "Linux"
  sku_name               = "P1v3"
  zone_balancing_enabled = true
  worker_count           = 3
}

resource "azurerm_linux_web_app" "portal" {
  name                          = "app-${var.environment}-portal"
  resource_group_name           = azurerm_resource_group.platform.name
  location                      = azurerm_resource_group.platform.location
  service_plan_id               = azurerm_service_plan.web.id
  https_only                    = true
  virtual_network_subnet_id     = azurerm_subnet.workloads.id
  public_network_access_enabled = true

  identity {
    type = "SystemAssigned"
  }

  site_config {
    minimum_tls_version     = "1.2"
    scm_minimum_tls_version = "1.2"
    ftps_state              = "Disabled"
    http2_enabled           = true
  }
}

resource "azurerm_linux_function_app" "jobs" {
  name                          = "func-${var.environment}-jobs"
  resource_group_name           = azurerm_resource_group.platform.name
  location                      = azurerm_resource_group.platform.location
  service_plan_id               = azurerm_service_plan.web.id
  storage_account_name          = azurerm_storage_account.data.name
  storage_uses_managed_identity = true
  https_only                    = true
  virtual_network_subnet_id     = azurerm_subnet.workloads.id

  identity {
    type = "SystemAssigned"
  }

  site_config {
    minimum_tls_version = "1.2"
  }
}
