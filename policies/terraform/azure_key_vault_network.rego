# METADATA
# title: Key Vault accepts connections from any network
# description: >-
#   A vault whose public network access is on and whose network_acls default to
#   Allow (or that has no network_acls block, which allows everything) can be
#   reached from every address on the internet, so a stolen token or client
#   secret works from anywhere. Vaults with public_network_access_enabled =
#   false (private endpoints only) are not reported.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/key-vault/general/network-security
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault#network_acls
# custom:
#   id: PL-TF-167
#   severity: medium
#   rationale: Requests still need an authorized identity, but any stolen credential works from anywhere.
#   input: terraform
#   resources: [azurerm_key_vault]
#   tags: [azure, key-vault, network]
#   remediation: >-
#     Add `network_acls { default_action = "Deny", bypass = "AzureServices", ip_rules = [...], virtual_network_subnet_ids = [...] }`,
#     or set `public_network_access_enabled = false` and use a private endpoint.
package platlint.terraform.azure_key_vault_network

import data.platlint.lib.terraform as tf

deny contains finding if {
	some name, r in input.resource.azurerm_key_vault
	not public_access_off(r)
	some i, acl in r.network_acls
	lower(acl.default_action) == "allow"
	finding := {
		"msg": sprintf("azurerm_key_vault.%s network_acls default to Allow, so any network can reach it", [name]),
		"path": ["resource", "azurerm_key_vault", name, "network_acls", i, "default_action"],
	}
}

deny contains finding if {
	some name, r in input.resource.azurerm_key_vault
	not public_access_off(r)
	not r.network_acls
	not r.dynamic.network_acls
	finding := {
		"msg": sprintf("azurerm_key_vault.%s has public network access and no network_acls, so any network can reach it", [name]),
		"path": public_path(name, r),
	}
}

public_access_off(r) if r.public_network_access_enabled in {false, "false"}

public_access_off(r) if tf.is_reference(r.public_network_access_enabled)

public_path(name, r) := ["resource", "azurerm_key_vault", name, "public_network_access_enabled"] if "public_network_access_enabled" in object.keys(r)

public_path(name, r) := ["resource", "azurerm_key_vault", name] if not "public_network_access_enabled" in object.keys(r)
