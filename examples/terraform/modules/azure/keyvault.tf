data "azurerm_client_config" "current" {}

resource "azurerm_key_vault" "platform" {
  name                       = "kv-${var.environment}-platform"
  location                   = azurerm_resource_group.platform.location
  resource_group_name        = azurerm_resource_group.platform.name
  tenant_id                  = data.azurerm_client_config.current.tenant_id
  sku_name                   = "premium"
  enable_rbac_authorization  = true
  purge_protection_enabled   = true
  soft_delete_retention_days = 90

  network_acls {
    default_action             = "Deny"
    bypass                     = "AzureServices"
    virtual_network_subnet_ids = [azurerm_subnet.app.id]
  }
}

resource "azurerm_key_vault_key" "disks" {
  name         = "disks"
  key_vault_id = azurerm_key_vault.platform.id
  key_type     = "RSA-HSM"
  key_size     = 3072
  key_opts     = ["wrapKey", "unwrapKey"]

  rotation_policy {
    expire_after         = "P180D"
    notify_before_expiry = "P30D"

    automatic {
      time_before_expiry = "P45D"
    }
  }
}

resource "azurerm_key_vault_key" "signing" {
  name         = "release-signing"
  key_vault_id = azurerm_key_vault.platform.id
  key_type     = "EC-HSM"
  curve        = "P-256"
  key_opts     = ["sign", "verify"]
}

resource "azurerm_key_vault_secret" "api_token" {
  name            = "partner-api-token"
  value           = var.partner_api_token
  key_vault_id    = azurerm_key_vault.platform.id
  expiration_date = "2026-06-30T00:00:00Z"
}

resource "azurerm_key_vault_secret" "smtp_password" {
  name         = "smtp-password"
  value        = var.smtp_password
  key_vault_id = azurerm_key_vault.platform.id
}

variable "partner_api_token" {
  description = "Token for the partner API."
  type        = string
  sensitive   = true
}

variable "smtp_password" {
  description = "Password of the SMTP relay."
  type        = string
  sensitive   = true
}

# A vault for the team's experiments.
resource "azurerm_key_vault" "scratch" {
  name                = "kv-${var.environment}-scratch"
  location            = azurerm_resource_group.platform.location
  resource_group_name = azurerm_resource_group.platform.name
  tenant_id           = data.azurerm_client_config.current.tenant_id
  sku_name            = "standard"
}
