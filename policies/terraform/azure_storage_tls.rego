# METADATA
# title: Storage account accepts TLS versions older than 1.2
# description: >-
#   min_tls_version TLS1_0 or TLS1_1 lets clients negotiate protocol versions
#   with known weaknesses, which Azure is retiring. Provider 3.x and later
#   default to TLS1_2, so only an explicit older value is reported.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/storage/common/transport-layer-security-configure-minimum-version
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#min_tls_version
#   - ref: https://www.cisecurity.org/benchmark/azure
#     description: "CIS Microsoft Azure Foundations Benchmark: Ensure the 'Minimum TLS version' for storage accounts is set to 'Version 1.2'"
# custom:
#   id: PL-TF-152
#   severity: medium
#   rationale: Downgrade attacks on old TLS are practical only for an attacker already on the network path.
#   input: terraform
#   resources: [azurerm_storage_account]
#   tags: [azure, storage, encryption-in-transit, tls]
#   remediation: Set `min_tls_version = "TLS1_2"` (or remove the attribute on provider 3.x and later).
package platlint.terraform.azure_storage_tls

old_versions := {"TLS1_0", "TLS1_1"}

deny contains finding if {
	some name, r in input.resource.azurerm_storage_account
	r.min_tls_version in old_versions
	finding := {
		"msg": sprintf("azurerm_storage_account.%s accepts %s, older than TLS 1.2", [name, r.min_tls_version]),
		"path": ["resource", "azurerm_storage_account", name, "min_tls_version"],
	}
}
