resource "azurerm_linux_web_app" "hardened" {
  name                = "app-hardened"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "plan"
  https_only          = true

  site_config {
    minimum_tls_version     = "1.2"
    scm_minimum_tls_version = "1.2"
  }
}

resource "azurerm_linux_web_app" "defaults" { # want: PL-TF-170
  name                = "app-defaults"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "plan"

  site_config {}
}

resource "azurerm_windows_function_app" "old_tls" {
  name                 = "func-old-tls"
  resource_group_name  = "rg"
  location             = "westeurope"
  service_plan_id      = "plan"
  storage_account_name = "stfunc"
  https_only           = true

  site_config {
    minimum_tls_version     = "1.2"
    scm_minimum_tls_version = "1.0" # want: PL-TF-171
  }
}

# Provider 2.x resources.
resource "azurerm_app_service" "legacy" {
  name                = "app-legacy"
  resource_group_name = "rg"
  location            = "westeurope"
  app_service_plan_id = "plan"
  https_only          = false # want: PL-TF-170

  site_config {
    min_tls_version = "1.1" # want: PL-TF-171
  }
}

resource "azurerm_linux_web_app_slot" "staging" {
  name           = "staging"
  app_service_id = azurerm_linux_web_app.hardened.id
  https_only     = var.https_only

  site_config {
    minimum_tls_version = "1.2"
  }
}

variable "https_only" {
  type = bool
}
