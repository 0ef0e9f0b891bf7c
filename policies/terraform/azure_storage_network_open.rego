# METADATA
# title: Storage account accepts connections from any network
# description: >-
#   A storage account whose public network access is on and whose network
#   rules default to Allow (or that has no network rules at all, inline or in
#   an azurerm_storage_account_network_rules resource) accepts requests from
#   every address on the internet, so a leaked key or SAS token works from
#   anywhere. Accounts with public_network_access_enabled = false (private
#   endpoints only) are not reported.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/storage/common/storage-network-security
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#network_rules
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account_network_rules
#   - ref: https://www.cisecurity.org/benchmark/azure
#     description: "CIS Microsoft Azure Foundations Benchmark: Ensure Default Network Access Rule for Storage Accounts is Set to Deny"
# custom:
#   id: PL-TF-151
#   severity: medium
#   rationale: Requests still need a key, token or Entra ID identity, but any stolen credential works from anywhere.
#   input: terraform
#   resources: [azurerm_storage_account, azurerm_storage_account_network_rules]
#   tags: [azure, storage, network]
#   remediation: >-
#     Add `network_rules { default_action = "Deny", bypass = ["AzureServices"], ip_rules = [...], virtual_network_subnet_ids = [...] }`,
#     or set `public_network_access_enabled = false` and use private endpoints.
package platlint.terraform.azure_storage_network_open

import data.platlint.lib.terraform as tf

rule_sets := object.get(input, ["resource", "azurerm_storage_account_network_rules"], {})

deny contains finding if {
	some name, r in input.resource.azurerm_storage_account
	not public_access_off(r)
	some i, nr in r.network_rules
	lower(nr.default_action) == "allow"
	finding := {
		"msg": sprintf("azurerm_storage_account.%s network_rules default to Allow, so any network can reach it", [name]),
		"path": ["resource", "azurerm_storage_account", name, "network_rules", i, "default_action"],
	}
}

deny contains finding if {
	some name, r in input.resource.azurerm_storage_account
	not public_access_off(r)
	not r.network_rules
	not r.dynamic.network_rules
	not has_rule_set(name, r)
	finding := {
		"msg": sprintf("azurerm_storage_account.%s has public network access and no network rules, so any network can reach it", [name]),
		"path": public_path(name, r),
	}
}

deny contains finding if {
	some name, nr in rule_sets
	lower(nr.default_action) == "allow"
	not account_public_access_off(nr)
	finding := {
		"msg": sprintf("azurerm_storage_account_network_rules.%s defaults to Allow, so any network can reach the account", [name]),
		"path": ["resource", "azurerm_storage_account_network_rules", name, "default_action"],
	}
}

public_access_off(r) if r.public_network_access_enabled in {false, "false"}

public_access_off(r) if tf.is_reference(r.public_network_access_enabled)

has_rule_set(name, r) if {
	some nr in rule_sets
	targets(nr, name, r)
}

# targets holds when a network rules resource points at the account, by
# storage_account_id (provider 3.x+) or by storage_account_name (2.x).
targets(nr, name, _) if tf.refers_to(nr.storage_account_id, "azurerm_storage_account", name)

targets(nr, name, _) if tf.refers_to(nr.storage_account_name, "azurerm_storage_account", name)

targets(nr, _, r) if {
	is_string(r.name)
	not tf.is_reference(r.name)
	nr.storage_account_name == r.name
}

account_public_access_off(nr) if {
	some name, r in input.resource.azurerm_storage_account
	targets(nr, name, r)
	public_access_off(r)
}

public_path(name, r) := ["resource", "azurerm_storage_account", name, "public_network_access_enabled"] if "public_network_access_enabled" in object.keys(r)

public_path(name, r) := ["resource", "azurerm_storage_account", name] if not "public_network_access_enabled" in object.keys(r)
