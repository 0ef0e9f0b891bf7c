# METADATA
# title: Key Vault can be purged before its retention period ends
# description: >-
#   Without purge_protection_enabled = true, anyone who can delete the vault or
#   its objects can also purge them at once, destroying keys that encrypt other
#   data (a common ransomware and sabotage move). Provider 2.x configurations
#   that set soft_delete_enabled = false, which removes even the recoverable
#   deletion, are reported as well.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/key-vault/general/soft-delete-overview
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault#purge_protection_enabled
#   - ref: https://www.cisecurity.org/benchmark/azure
#     description: "CIS Microsoft Azure Foundations Benchmark: Ensure the Key Vault is Recoverable"
# custom:
#   id: PL-TF-166
#   severity: medium
#   rationale: Purging needs privileged access, but it makes every key and the data it protects unrecoverable.
#   input: terraform
#   resources: [azurerm_key_vault]
#   tags: [azure, key-vault, resilience]
#   remediation: Set `purge_protection_enabled = true` (and keep `soft_delete_retention_days` at 7 to 90 days; never set `soft_delete_enabled = false`).
package platlint.terraform.azure_key_vault_purge_protection

import data.platlint.lib.terraform as tf

deny contains finding if {
	some name, r in input.resource.azurerm_key_vault
	value := object.get(r, "purge_protection_enabled", false)
	not tf.is_true(value)
	not tf.is_reference(value)
	finding := {
		"msg": sprintf("azurerm_key_vault.%s does not enable purge protection, so deleted keys and secrets can be purged at once", [name]),
		"path": attr_path(name, r, "purge_protection_enabled"),
	}
}

deny contains finding if {
	some name, r in input.resource.azurerm_key_vault
	r.soft_delete_enabled in {false, "false"}
	finding := {
		"msg": sprintf("azurerm_key_vault.%s disables soft delete, so deletions are immediate and permanent", [name]),
		"path": ["resource", "azurerm_key_vault", name, "soft_delete_enabled"],
	}
}

attr_path(name, r, attr) := ["resource", "azurerm_key_vault", name, attr] if attr in object.keys(r)

attr_path(name, r, attr) := ["resource", "azurerm_key_vault", name] if not attr in object.keys(r)
