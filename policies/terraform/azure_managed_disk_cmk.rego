# METADATA
# title: Managed disk not encrypted with a customer-managed key
# description: >-
#   Azure encrypts every managed disk with a platform-managed key. A disk
#   encryption set backed by your Key Vault key (disk_encryption_set_id), or
#   Azure Disk Encryption (encryption_settings), adds control: you can audit
#   key use, rotate the key and revoke access to the data by disabling it.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/virtual-machines/disk-encryption#customer-managed-keys
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/managed_disk#disk_encryption_set_id
# custom:
#   id: PL-TF-161
#   severity: low
#   rationale: The data is encrypted either way; a customer-managed key adds control and revocation, not confidentiality.
#   input: terraform
#   resources: [azurerm_managed_disk]
#   tags: [azure, compute, encryption-at-rest, kms]
#   remediation: >-
#     Create an azurerm_disk_encryption_set over a Key Vault key and set
#     `disk_encryption_set_id = azurerm_disk_encryption_set.NAME.id` on the disk.
package platlint.terraform.azure_managed_disk_cmk

deny contains finding if {
	some name, r in input.resource.azurerm_managed_disk
	not customer_key(r)
	not disabled_ade(r)
	finding := {
		"msg": sprintf("azurerm_managed_disk.%s is encrypted only with a platform-managed key", [name]),
		"path": ["resource", "azurerm_managed_disk", name],
	}
}

# Provider 2.x's encryption_settings { enabled = false } turns Azure Disk
# Encryption off explicitly.
deny contains finding if {
	some name, r in input.resource.azurerm_managed_disk
	not set(r, "disk_encryption_set_id")
	not set(r, "secure_vm_disk_encryption_set_id")
	some i, es in r.encryption_settings
	es.enabled in {false, "false"}
	finding := {
		"msg": sprintf("azurerm_managed_disk.%s turns Azure Disk Encryption off and has no disk encryption set", [name]),
		"path": ["resource", "azurerm_managed_disk", name, "encryption_settings", i, "enabled"],
	}
}

customer_key(r) if set(r, "disk_encryption_set_id")

customer_key(r) if set(r, "secure_vm_disk_encryption_set_id")

customer_key(r) if {
	some es in r.encryption_settings
	not object.get(es, "enabled", true) in {false, "false"}
}

customer_key(r) if r.dynamic.encryption_settings

disabled_ade(r) if {
	some es in r.encryption_settings
	es.enabled in {false, "false"}
}

set(r, attr) if {
	v := r[attr]
	v != null
	v != ""
}
