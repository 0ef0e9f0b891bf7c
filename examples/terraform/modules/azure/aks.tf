# The production cluster: Entra ID only, restricted API server, Cilium.
resource "azurerm_kubernetes_cluster" "prod" {
  name                   = "aks-${var.environment}-prod"
  location               = azurerm_resource_group.platform.location
  resource_group_name    = azurerm_resource_group.platform.name
  dns_prefix             = "${var.environment}-prod"
  local_account_disabled = true

  default_node_pool {
    name           = "system"
    vm_size        = "Standard_D4ds_v5"
    node_count     = 3
    vnet_subnet_id = azurerm_subnet.app.id
  }

  identity {
    type = "SystemAssigned"
  }

  azure_active_directory_role_based_access_control {
    azure_rbac_enabled = true
    tenant_id          = var.tenant_id
  }

  api_server_access_profile {
    authorized_ip_ranges = [var.office_cidr]
  }

  network_profile {
    network_plugin     = "azure"
    network_policy     = "cilium"
    network_data_plane = "cilium"
  }
}

# The team sandbox, from the quick-start.
resource "azurerm_kubernetes_cluster" "sandbox" {
  name                              = "aks-${var.environment}-sandbox"
  location                          = azurerm_resource_group.platform.location
  resource_group_name               = azurerm_resource_group.platform.name
  dns_prefix                        = "${var.environment}-sandbox"
  role_based_access_control_enabled = false

  default_node_pool {
    name       = "default"
    vm_size    = "Standard_B4ms"
    node_count = 1
  }

  identity {
    type = "SystemAssigned"
  }
}
