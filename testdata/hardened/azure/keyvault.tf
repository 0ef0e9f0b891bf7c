resource "azurerm_key_vault" "platform" {
  name                          = "kv-${var.environment}-platform"
  location                      = azurerm_resource_group.platform.location
  resource_group_name           = azurerm_resource_group.platform.name
  tenant_id                     = data.azurerm_client_config.current.tenant_id
  sku_name                      = "premium"
  enable_rbac_authorization     = true
  purge_protection_enabled      = true
  soft_delete_retention_days    = 90
  public_network_access_enabled = true

  network_acls {
    default_action             = "Deny"
    bypass                     = "AzureServices"
    ip_rules                   = var.admin_cidrs
    virtual_network_subnet_ids = [azurerm_subnet.workloads.id]
  }
}

resource "azurerm_key_vault_key" "storage" {
  name         = "storage"
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

resource "time_rotating" "partner_token" {
  rotation_days = 90
}

resource "azurerm_key_vault_secret" "partner_token" {
  name            = "partner-api-token"
  value           = var.partner_api_token
  key_vault_id    = azurerm_key_vault.platform.id
  content_type    = "text/plain"
  expiration_date = timeadd(time_rotating.partner_token.rfc3339, "2160h")
}

variable "partner_api_token" {
  description = "Token for the partner API."
  type        = string
  sensitive   = true
}
