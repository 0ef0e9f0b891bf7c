# METADATA
# title: Storage account accepts plain HTTP
# description: >-
#   https_traffic_only_enabled = false (enable_https_traffic_only on provider
#   3.x and earlier) lets clients use HTTP, so account keys in Shared Key
#   headers, SAS tokens and the data itself cross the network unencrypted.
#   Both names default to true, so only an explicit false is reported.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/storage/common/storage-require-secure-transfer
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#https_traffic_only_enabled
#   - ref: https://www.cisecurity.org/benchmark/azure
#     description: "CIS Microsoft Azure Foundations Benchmark: Ensure that 'Secure transfer required' is set to 'Enabled'"
# custom:
#   id: PL-TF-153
#   severity: high
#   rationale: SAS tokens and data sent in clear text can be captured and replayed by anyone on the path.
#   input: terraform
#   resources: [azurerm_storage_account]
#   tags: [azure, storage, encryption-in-transit]
#   remediation: Remove the attribute or set `https_traffic_only_enabled = true` (`enable_https_traffic_only = true` on provider 3.x).
package platlint.terraform.azure_storage_https_only

deny contains finding if {
	some name, r in input.resource.azurerm_storage_account
	some attr in ["https_traffic_only_enabled", "enable_https_traffic_only"]
	r[attr] in {false, "false"}
	finding := {
		"msg": sprintf("azurerm_storage_account.%s accepts unencrypted HTTP requests (%s = false)", [name, attr]),
		"path": ["resource", "azurerm_storage_account", name, attr],
	}
}
