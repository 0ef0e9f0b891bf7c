# METADATA
# title: Key Vault key without an expiration date or rotation policy
# description: >-
#   A key with neither expiration_date nor a rotation_policy that sets
#   expire_after never expires, so one key version can protect data forever
#   and a compromised version stays usable. A rotation policy with expire_after
#   gives every new version an expiry automatically.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/key-vault/keys/how-to-configure-key-rotation
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault_key#rotation_policy
#   - ref: https://www.cisecurity.org/benchmark/azure
#     description: "CIS Microsoft Azure Foundations Benchmark: Ensure that the Expiration Date is set for all Keys"
# custom:
#   id: PL-TF-169
#   severity: low
#   rationale: It is rotation hygiene; the key material never leaves Key Vault either way.
#   input: terraform
#   resources: [azurerm_key_vault_key]
#   tags: [azure, key-vault, kms, rotation]
#   remediation: >-
#     Add `rotation_policy { expire_after = "P90D", notify_before_expiry = "P29D", automatic { time_before_expiry = "P30D" } }`
#     or set `expiration_date`.
package platlint.terraform.azure_key_vault_key_expiry

deny contains finding if {
	some name, r in input.resource.azurerm_key_vault_key
	not set(r, "expiration_date")
	not rotation_expiry(r)
	finding := {
		"msg": sprintf("azurerm_key_vault_key.%s has neither an expiration_date nor a rotation_policy with expire_after", [name]),
		"path": ["resource", "azurerm_key_vault_key", name],
	}
}

rotation_expiry(r) if {
	some policy in r.rotation_policy
	set(policy, "expire_after")
}

rotation_expiry(r) if r.dynamic.rotation_policy

set(obj, attr) if {
	obj[attr] != null
	obj[attr] != ""
}
