resource "azurerm_linux_virtual_machine" "keys" {
  name                  = "vm-keys"
  resource_group_name   = "rg"
  location              = "westeurope"
  size                  = "Standard_B2s"
  admin_username        = "azureuser"
  network_interface_ids = ["nic-keys"]

  admin_ssh_key {
    username   = "azureuser"
    public_key = var.ssh_public_key
  }

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
}

resource "azurerm_linux_virtual_machine" "password" {
  name                            = "vm-password"
  resource_group_name             = "rg"
  location                        = "westeurope"
  size                            = "Standard_B2s"
  admin_username                  = "azureuser"
  admin_password                  = var.admin_password
  disable_password_authentication = false # want: PL-TF-160
  network_interface_ids           = ["nic-password"]

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Standard_LRS"
  }
}

resource "azurerm_linux_virtual_machine_scale_set" "workers" {
  name                            = "vmss-workers"
  resource_group_name             = "rg"
  location                        = "westeurope"
  sku                             = "Standard_D2ds_v5"
  admin_username                  = "azureuser"
  admin_password                  = var.admin_password
  disable_password_authentication = false # want: PL-TF-160
}

resource "azurerm_virtual_machine" "legacy" {
  name                  = "vm-legacy"
  resource_group_name   = "rg"
  location              = "westeurope"
  vm_size               = "Standard_B2s"
  network_interface_ids = ["nic-legacy"]

  os_profile {
    computer_name  = "legacy"
    admin_username = "azureuser"
    admin_password = var.admin_password
  }

  os_profile_linux_config {
    disable_password_authentication = false # want: PL-TF-160
  }
}

resource "azurerm_managed_disk" "cmk" {
  name                   = "disk-cmk"
  location               = "westeurope"
  resource_group_name    = "rg"
  storage_account_type   = "Premium_LRS"
  create_option          = "Empty"
  disk_size_gb           = 128
  disk_encryption_set_id = var.disk_encryption_set_id
}

resource "azurerm_managed_disk" "platform_key" { # want: PL-TF-161
  name                 = "disk-platform-key"
  location             = "westeurope"
  resource_group_name  = "rg"
  storage_account_type = "Standard_LRS"
  create_option        = "Empty"
  disk_size_gb         = 64
}

# Provider 2.x with Azure Disk Encryption switched off.
resource "azurerm_managed_disk" "ade_off" {
  name                 = "disk-ade-off"
  location             = "westeurope"
  resource_group_name  = "rg"
  storage_account_type = "Standard_LRS"
  create_option        = "Empty"
  disk_size_gb         = 64

  encryption_settings {
    enabled = false # want: PL-TF-161
  }
}

variable "ssh_public_key" {
  type = string
}

variable "admin_password" {
  type      = string
  sensitive = true
}

variable "disk_encryption_set_id" {
  type = string
}
