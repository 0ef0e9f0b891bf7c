resource "azurerm_network_interface" "ops" {
  name                = "nic-${var.environment}-ops"
  location            = azurerm_resource_group.platform.location
  resource_group_name = azurerm_resource_group.platform.name

  ip_configuration {
    name                          = "internal"
    subnet_id                     = azurerm_subnet.app.id
    private_ip_address_allocation = "Dynamic"
  }
}

resource "azurerm_linux_virtual_machine" "ops" {
  name                  = "vm-${var.environment}-ops"
  resource_group_name   = azurerm_resource_group.platform.name
  location              = azurerm_resource_group.platform.location
  size                  = "Standard_B2s"
  admin_username        = "azureuser"
  network_interface_ids = [azurerm_network_interface.ops.id]

  admin_ssh_key {
    username   = "azureuser"
    public_key = var.admin_ssh_public_key
  }

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }

  source_image_reference {
    publisher = "Canonical"
    offer     = "ubuntu-24_04-lts"
    sku       = "server"
    version   = "latest"
  }
}

resource "azurerm_linux_virtual_machine" "legacy_app" {
  name                            = "vm-${var.environment}-legacy"
  resource_group_name             = azurerm_resource_group.platform.name
  location                        = azurerm_resource_group.platform.location
  size                            = "Standard_B2s"
  admin_username                  = "azureuser"
  admin_password                  = var.legacy_admin_password
  disable_password_authentication = false
  network_interface_ids           = [azurerm_network_interface.ops.id]

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Standard_LRS"
  }

  source_image_reference {
    publisher = "Canonical"
    offer     = "ubuntu-24_04-lts"
    sku       = "server"
    version   = "latest"
  }
}

variable "legacy_admin_password" {
  description = "Password of the legacy application VM."
  type        = string
  sensitive   = true
}

resource "azurerm_disk_encryption_set" "platform" {
  name                = "des-${var.environment}"
  resource_group_name = azurerm_resource_group.platform.name
  location            = azurerm_resource_group.platform.location
  key_vault_key_id    = azurerm_key_vault_key.disks.versionless_id

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_managed_disk" "ops_data" {
  name                   = "disk-${var.environment}-ops-data"
  location               = azurerm_resource_group.platform.location
  resource_group_name    = azurerm_resource_group.platform.name
  storage_account_type   = "Premium_LRS"
  create_option          = "Empty"
  disk_size_gb           = 128
  disk_encryption_set_id = azurerm_disk_encryption_set.platform.id
}

resource "azurerm_managed_disk" "scratch" {
  name                 = "disk-${var.environment}-scratch"
  location             = azurerm_resource_group.platform.location
  resource_group_name  = azurerm_resource_group.platform.name
  storage_account_type = "Standard_LRS"
  create_option        = "Empty"
  disk_size_gb         = 512
}
