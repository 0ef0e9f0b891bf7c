resource "azurerm_kubernetes_cluster" "hardened" {
  name                   = "aks-hardened"
  location               = "westeurope"
  resource_group_name    = "rg"
  dns_prefix             = "hardened"
  local_account_disabled = true

  default_node_pool {
    name       = "system"
    vm_size    = "Standard_D4ds_v5"
    node_count = 3
  }

  identity {
    type = "SystemAssigned"
  }

  azure_active_directory_role_based_access_control {
    azure_rbac_enabled = true
  }

  api_server_access_profile {
    authorized_ip_ranges = ["203.0.113.0/24"]
  }

  network_profile {
    network_plugin = "azure"
    network_policy = "calico"
  }
}

resource "azurerm_kubernetes_cluster" "private_cilium" {
  name                    = "aks-private-cilium"
  location                = "westeurope"
  resource_group_name     = "rg"
  dns_prefix              = "private-cilium"
  private_cluster_enabled = true
  local_account_disabled  = true

  default_node_pool {
    name       = "system"
    vm_size    = "Standard_D4ds_v5"
    node_count = 3
  }

  identity {
    type = "SystemAssigned"
  }

  network_profile {
    network_plugin     = "azure"
    network_data_plane = "cilium"
    network_policy     = "cilium"
  }
}

resource "azurerm_kubernetes_cluster" "quickstart" { # want: PL-TF-163,PL-TF-164,PL-TF-165
  name                = "aks-quickstart"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "quickstart"

  default_node_pool {
    name       = "default"
    vm_size    = "Standard_B4ms"
    node_count = 1
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster" "misconfigured" {
  name                              = "aks-misconfigured"
  location                          = "westeurope"
  resource_group_name               = "rg"
  dns_prefix                        = "misconfigured"
  role_based_access_control_enabled = false # want: PL-TF-162
  local_account_disabled            = false # want: PL-TF-164

  default_node_pool {
    name       = "default"
    vm_size    = "Standard_B4ms"
    node_count = 1
  }

  identity {
    type = "SystemAssigned"
  }

  api_server_access_profile {
    authorized_ip_ranges = ["0.0.0.0/0"] # want: PL-TF-163
  }

  network_profile { # want: PL-TF-165
    network_plugin = "kubenet"
  }
}

# Provider 2.x spellings.
resource "azurerm_kubernetes_cluster" "legacy" {
  name                            = "aks-legacy"
  location                        = "westeurope"
  resource_group_name             = "rg"
  dns_prefix                      = "legacy"
  api_server_authorized_ip_ranges = ["203.0.113.0/24"]
  local_account_disabled          = true

  default_node_pool {
    name       = "default"
    vm_size    = "Standard_B4ms"
    node_count = 1
  }

  identity {
    type = "SystemAssigned"
  }

  role_based_access_control {
    enabled = false # want: PL-TF-162
  }

  network_profile {
    network_plugin = "azure"
    network_policy = "azure"
  }
}
