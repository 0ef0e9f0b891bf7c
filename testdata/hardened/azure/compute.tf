resource "azurerm_disk_encryption_set" "platform" {
  name                = "des-${var.environment}"
  resource_group_name = azurerm_resource_group.platform.name
  location            = azurerm_resource_group.platform.location
  key_vault_key_id    = azurerm_key_vault_key.disks.versionless_id

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_network_interface" "ops" {
  name                = "nic-${var.environment}-ops"
  location            = azurerm_resource_group.platform.location
  resource_group_name = azurerm_resource_group.platform.name

  ip_configuration {
    name                          = "internal"
    subnet_id                     = azurerm_subnet.workloads.id
    private_ip_address_allocation = "Dynamic"
  }
}

resource "azurerm_linux_virtual_machine" "ops" {
  name                  = "vm-${var.environment}-ops"
  resource_group_name   = azurerm_resource_group.platform.name
  location              = azurerm_resource_group.platform.location
  size                  = "Standard_D2ds_v5"
  admin_username        = "azureuser"
  network_interface_ids = [azurerm_network_interface.ops.id]
  secure_boot_enabled   = true
  vtpm_enabled          = true

  admin_ssh_key {
    username   = "azureuser"
    public_key = var.ops_ssh_public_key
  }

  os_disk {
    caching                = "ReadWrite"
    storage_account_type   = "Premium_LRS"
    disk_encryption_set_id = azurerm_disk_encryption_set.platform.id
  }

  source_image_reference {
    publisher = "Canonical"
    offer     = "ubuntu-24_04-lts"
    sku       = "server"
    version   = "latest"
  }

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
  disk_size_gb           = 256
  disk_encryption_set_id = azurerm_disk_encryption_set.platform.id
}

resource "azurerm_virtual_machine_data_disk_attachment" "ops_data" {
  managed_disk_id    = azurerm_managed_disk.ops_data.id
  virtual_machine_id = azurerm_linux_virtual_machine.ops.id
  lun                = 0
  caching            = "ReadOnly"
}
