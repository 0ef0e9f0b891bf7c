resource "azurerm_storage_account" "hardened" {
  name                            = "sthardened"
  resource_group_name             = "rg"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "ZRS"
  allow_nested_items_to_be_public = false

  network_rules {
    default_action = "Deny"
    bypass         = ["AzureServices"]
    ip_rules       = ["203.0.113.0/24"]
  }
}

resource "azurerm_storage_account" "defaults" { # want: PL-TF-150,PL-TF-151
  name                     = "stdefaults"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_account" "weak" {
  name                            = "stweak"
  resource_group_name             = "rg"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  allow_nested_items_to_be_public = true     # want: PL-TF-150
  min_tls_version                 = "TLS1_1" # want: PL-TF-152
  https_traffic_only_enabled      = false    # want: PL-TF-153
  public_network_access_enabled   = true

  network_rules {
    default_action = "Allow" # want: PL-TF-151
  }
}

# Provider 2.x and 3.x spellings.
resource "azurerm_storage_account" "legacy" {
  name                      = "stlegacy"
  resource_group_name       = "rg"
  location                  = "westeurope"
  account_tier              = "Standard"
  account_replication_type  = "LRS"
  allow_blob_public_access  = false
  enable_https_traffic_only = false    # want: PL-TF-153
  min_tls_version           = "TLS1_0" # want: PL-TF-152
}

resource "azurerm_storage_account_network_rules" "legacy" {
  storage_account_name = "stlegacy"
  resource_group_name  = "rg"
  default_action       = "Allow" # want: PL-TF-151
}

# Reached only through private endpoints.
resource "azurerm_storage_account" "private" {
  name                            = "stprivate"
  resource_group_name             = "rg"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  allow_nested_items_to_be_public = false
  public_network_access_enabled   = false
}

resource "azurerm_storage_account" "separate_rules" {
  name                            = "stseparate"
  resource_group_name             = "rg"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  allow_nested_items_to_be_public = false
}

resource "azurerm_storage_account_network_rules" "separate_rules" {
  storage_account_id = azurerm_storage_account.separate_rules.id
  default_action     = "Deny"
  bypass             = ["AzureServices"]
}

resource "azurerm_storage_account" "files" {
  name                     = "stfiles"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Premium"
  account_kind             = "FileStorage"
  account_replication_type = "ZRS"

  network_rules {
    default_action = "Deny"
  }
}

resource "azurerm_storage_container" "private" {
  name                  = "private"
  storage_account_id    = azurerm_storage_account.hardened.id
  container_access_type = "private"
}

resource "azurerm_storage_container" "default" {
  name               = "default"
  storage_account_id = azurerm_storage_account.hardened.id
}

resource "azurerm_storage_container" "downloads" {
  name                  = "downloads"
  storage_account_name  = azurerm_storage_account.weak.name
  container_access_type = "blob" # want: PL-TF-154
}

resource "azurerm_storage_container" "listing" {
  name                  = "listing"
  storage_account_id    = azurerm_storage_account.weak.id
  container_access_type = "container" # want: PL-TF-154
}
