resource "azurerm_kubernetes_cluster" "primary" {
  name                      = "aks-${var.environment}-primary"
  location                  = azurerm_resource_group.platform.location
  resource_group_name       = azurerm_resource_group.platform.name
  dns_prefix                = "${var.environment}-primary"
  sku_tier                  = "Standard"
  automatic_upgrade_channel = "stable"
  local_account_disabled    = true
  oidc_issuer_enabled       = true
  workload_identity_enabled = true
  disk_encryption_set_id    = azurerm_disk_encryption_set.platform.id

  default_node_pool {
    name                         = "system"
    vm_size                      = "Standard_D4ds_v5"
    vnet_subnet_id               = azurerm_subnet.workloads.id
    auto_scaling_enabled         = true
    min_count                    = 3
    max_count                    = 6
    only_critical_addons_enabled = true
  }

  identity {
    type = "SystemAssigned"
  }

  azure_active_directory_role_based_access_control {
    azure_rbac_enabled     = true
    admin_group_object_ids = var.admin_group_object_ids
  }

  api_server_access_profile {
    authorized_ip_ranges = var.admin_cidrs
  }

  network_profile {
    network_plugin      = "azure"
    network_plugin_mode = "overlay"
    network_policy      = "cilium"
    network_data_plane  = "cilium"
  }

  key_vault_secrets_provider {
    secret_rotation_enabled = true
  }
}

# A private cluster for internal batch jobs: no public API server at all.
resource "azurerm_kubernetes_cluster" "batch" {
  name                    = "aks-${var.environment}-batch"
  location                = azurerm_resource_group.platform.location
  resource_group_name     = azurerm_resource_group.platform.name
  dns_prefix              = "${var.environment}-batch"
  private_cluster_enabled = true
  local_account_disabled  = true

  default_node_pool {
    name           = "system"
    vm_size        = "Standard_D4ds_v5"
    node_count     = 3
    vnet_subnet_id = azurerm_subnet.workloads.id
  }

  identity {
    type = "SystemAssigned"
  }

  azure_active_directory_role_based_access_control {
    azure_rbac_enabled     = true
    admin_group_object_ids = var.admin_group_object_ids
  }

  network_profile {
    network_plugin = "azure"
    network_policy = "azure"
  }
}
