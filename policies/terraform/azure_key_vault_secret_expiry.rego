# METADATA
# title: Key Vault secret without an expiration date
# description: >-
#   A secret without expiration_date never expires, so nothing forces it to be
#   rotated and a leaked value stays valid indefinitely. The expiry also drives
#   Key Vault's near-expiry events, which can trigger rotation.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/key-vault/secrets/tutorial-rotation
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault_secret#expiration_date
#   - ref: https://www.cisecurity.org/benchmark/azure
#     description: "CIS Microsoft Azure Foundations Benchmark: Ensure that the Expiration Date is set for all Secrets"
# custom:
#   id: PL-TF-168
#   severity: low
#   rationale: It is rotation hygiene; the secret stays protected by Key Vault access control either way.
#   input: terraform
#   resources: [azurerm_key_vault_secret]
#   tags: [azure, key-vault, secrets, rotation]
#   remediation: >-
#     Set `expiration_date = "2026-12-31T00:00:00Z"` (for example from `timeadd(time_rotating.NAME.rfc3339, "8760h")`)
#     and rotate the secret before it expires.
package platlint.terraform.azure_key_vault_secret_expiry

deny contains finding if {
	some name, r in input.resource.azurerm_key_vault_secret
	not has_expiry(r)
	finding := {
		"msg": sprintf("azurerm_key_vault_secret.%s has no expiration_date", [name]),
		"path": ["resource", "azurerm_key_vault_secret", name],
	}
}

has_expiry(r) if {
	r.expiration_date != null
	r.expiration_date != ""
}
