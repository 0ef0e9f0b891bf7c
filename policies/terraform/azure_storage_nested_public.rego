# METADATA
# title: Storage account lets containers and blobs be made public
# description: >-
#   allow_nested_items_to_be_public defaults to true, which lets anyone with
#   write access make a container or blob anonymously readable with a single
#   setting. Setting it to false blocks anonymous access account-wide. The
#   provider 2.x name allow_blob_public_access is recognised too; FileStorage
#   accounts, which have no blob service, are skipped.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-prevent
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#allow_nested_items_to_be_public
#   - ref: https://www.cisecurity.org/benchmark/azure
#     description: "CIS Microsoft Azure Foundations Benchmark: Ensure that 'Allow Blob Anonymous Access' is set to 'Disabled'"
# custom:
#   id: PL-TF-150
#   severity: medium
#   rationale: It removes the account-wide guard against anonymous reads; exposing data still takes a public container.
#   input: terraform
#   resources: [azurerm_storage_account]
#   tags: [azure, storage, public-access]
#   remediation: Set `allow_nested_items_to_be_public = false` on the storage account (`allow_blob_public_access = false` on provider 2.x).
package platlint.terraform.azure_storage_nested_public

import data.platlint.lib.terraform as tf

deny contains finding if {
	some name, r in input.resource.azurerm_storage_account
	object.get(r, "account_kind", "StorageV2") != "FileStorage"
	[attr, value] := setting(r)
	tf.is_true(value)
	finding := {
		"msg": sprintf("azurerm_storage_account.%s allows containers and blobs to be made public (%s %s)", [name, attr, how(r, attr)]),
		"path": attr_path(name, r, attr),
	}
}

# The provider 2.x attribute wins when it is written: its default was false.
setting(r) := ["allow_blob_public_access", r.allow_blob_public_access] if "allow_blob_public_access" in object.keys(r)

setting(r) := ["allow_nested_items_to_be_public", object.get(r, "allow_nested_items_to_be_public", true)] if not "allow_blob_public_access" in object.keys(r)

how(r, attr) := "is true" if attr in object.keys(r)

how(r, attr) := "defaults to true" if not attr in object.keys(r)

attr_path(name, r, attr) := ["resource", "azurerm_storage_account", name, attr] if attr in object.keys(r)

attr_path(name, r, attr) := ["resource", "azurerm_storage_account", name] if not attr in object.keys(r)
