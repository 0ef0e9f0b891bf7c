# METADATA
# title: App Service or Function App accepts TLS versions older than 1.2
# description: >-
#   site_config minimum_tls_version or scm_minimum_tls_version "1.0" or "1.1"
#   (min_tls_version on the legacy azurerm_app_service and azurerm_function_app)
#   lets clients negotiate protocol versions with known weaknesses on the app
#   or its Kudu deployment endpoint. The defaults are 1.2, so only explicit
#   older values are reported.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/app-service/overview-tls
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#minimum_tls_version
#   - ref: https://www.cisecurity.org/benchmark/azure
#     description: "CIS Microsoft Azure Foundations Benchmark: Ensure Web App is using the latest version of TLS encryption"
# custom:
#   id: PL-TF-171
#   severity: medium
#   rationale: Downgrade attacks on old TLS are practical only for an attacker already on the network path.
#   input: terraform
#   resources: [azurerm_app_service, azurerm_app_service_slot, azurerm_function_app, azurerm_function_app_slot, azurerm_linux_web_app, azurerm_linux_web_app_slot, azurerm_windows_web_app, azurerm_windows_web_app_slot, azurerm_linux_function_app, azurerm_linux_function_app_slot, azurerm_windows_function_app, azurerm_windows_function_app_slot]
#   tags: [azure, app-service, encryption-in-transit, tls]
#   remediation: Set `minimum_tls_version = "1.2"` and `scm_minimum_tls_version = "1.2"` in `site_config` (`min_tls_version = "1.2"` on legacy resources), or remove them to use the default.
package platlint.terraform.azure_app_min_tls

app_types := [
	"azurerm_app_service",
	"azurerm_app_service_slot",
	"azurerm_function_app",
	"azurerm_function_app_slot",
	"azurerm_linux_web_app",
	"azurerm_linux_web_app_slot",
	"azurerm_windows_web_app",
	"azurerm_windows_web_app_slot",
	"azurerm_linux_function_app",
	"azurerm_linux_function_app_slot",
	"azurerm_windows_function_app",
	"azurerm_windows_function_app_slot",
]

old_versions := {"1.0", "1.1", 1, 1.1}

deny contains finding if {
	some type in app_types
	some name, r in input.resource[type]
	some i, sc in r.site_config
	some attr in ["minimum_tls_version", "scm_minimum_tls_version", "min_tls_version"]
	sc[attr] in old_versions
	finding := {
		"msg": sprintf("%s.%s accepts TLS %v (site_config %s), older than 1.2", [type, name, sc[attr], attr]),
		"path": ["resource", type, name, "site_config", i, attr],
	}
}
