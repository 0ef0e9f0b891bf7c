resource "azurerm_key_vault" "hardened" {
  name                       = "kv-hardened"
  location                   = "westeurope"
  resource_group_name        = "rg"
  tenant_id                  = var.tenant_id
  sku_name                   = "premium"
  purge_protection_enabled   = true
  soft_delete_retention_days = 90

  network_acls {
    default_action = "Deny"
    bypass         = "AzureServices"
    ip_rules       = ["203.0.113.0/24"]
  }
}

resource "azurerm_key_vault" "private" {
  name                          = "kv-private"
  location                      = "westeurope"
  resource_group_name           = "rg"
  tenant_id                     = var.tenant_id
  sku_name                      = "standard"
  purge_protection_enabled      = true
  public_network_access_enabled = false
}

resource "azurerm_key_vault" "defaults" { # want: PL-TF-166,PL-TF-167
  name                = "kv-defaults"
  location            = "westeurope"
  resource_group_name = "rg"
  tenant_id           = var.tenant_id
  sku_name            = "standard"
}

# Provider 2.x: soft delete could still be turned off.
resource "azurerm_key_vault" "legacy" {
  name                     = "kv-legacy"
  location                 = "westeurope"
  resource_group_name      = "rg"
  tenant_id                = var.tenant_id
  sku_name                 = "standard"
  soft_delete_enabled      = false # want: PL-TF-166
  purge_protection_enabled = false # want: PL-TF-166

  network_acls {
    default_action = "Allow" # want: PL-TF-167
    bypass         = "AzureServices"
  }
}

resource "azurerm_key_vault_secret" "rotated" {
  name            = "rotated"
  value           = var.secret_value
  key_vault_id    = azurerm_key_vault.hardened.id
  expiration_date = timeadd(time_rotating.secret.rfc3339, "2160h")
}

resource "time_rotating" "secret" {
  rotation_days = 90
}

resource "azurerm_key_vault_secret" "forever" { # want: PL-TF-168
  name         = "forever"
  value        = var.secret_value
  key_vault_id = azurerm_key_vault.hardened.id
}

resource "azurerm_key_vault_key" "rotation_policy" {
  name         = "rotation-policy"
  key_vault_id = azurerm_key_vault.hardened.id
  key_type     = "RSA"
  key_size     = 3072
  key_opts     = ["wrapKey", "unwrapKey"]

  rotation_policy {
    expire_after         = "P90D"
    notify_before_expiry = "P29D"

    automatic {
      time_before_expiry = "P30D"
    }
  }
}

resource "azurerm_key_vault_key" "expiry" {
  name            = "expiry"
  key_vault_id    = azurerm_key_vault.hardened.id
  key_type        = "EC"
  curve           = "P-256"
  key_opts        = ["sign", "verify"]
  expiration_date = "2026-12-31T00:00:00Z"
}

resource "azurerm_key_vault_key" "forever" { # want: PL-TF-169
  name         = "forever"
  key_vault_id = azurerm_key_vault.hardened.id
  key_type     = "RSA"
  key_size     = 2048
  key_opts     = ["encrypt", "decrypt"]
}

resource "azurerm_key_vault_key" "rotates_without_expiry" { # want: PL-TF-169
  name         = "rotates-without-expiry"
  key_vault_id = azurerm_key_vault.hardened.id
  key_type     = "RSA"
  key_size     = 3072
  key_opts     = ["wrapKey", "unwrapKey"]

  rotation_policy {
    automatic {
      time_after_creation = "P90D"
    }
  }
}

variable "tenant_id" {
  type = string
}

variable "secret_value" {
  type      = string
  sensitive = true
}
