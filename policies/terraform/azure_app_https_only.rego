# METADATA
# title: App Service or Function App accepts plain HTTP
# description: >-
#   https_only defaults to false on App Service and Function App resources
#   (legacy azurerm_app_service and azurerm_function_app, the Linux and Windows
#   web and function apps, and their slots), so the app also answers on HTTP
#   and session cookies, tokens and form data can travel unencrypted.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/app-service/configure-ssl-bindings#enforce-https
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#https_only
#   - ref: https://www.cisecurity.org/benchmark/azure
#     description: "CIS Microsoft Azure Foundations Benchmark: Ensure Web App Redirects All HTTP traffic to HTTPS in Azure App Service"
# custom:
#   id: PL-TF-170
#   severity: medium
#   rationale: Clear-text requests can be read or altered on the path, though browsers increasingly upgrade to HTTPS on their own.
#   input: terraform
#   resources: [azurerm_app_service, azurerm_app_service_slot, azurerm_function_app, azurerm_function_app_slot, azurerm_linux_web_app, azurerm_linux_web_app_slot, azurerm_windows_web_app, azurerm_windows_web_app_slot, azurerm_linux_function_app, azurerm_linux_function_app_slot, azurerm_windows_function_app, azurerm_windows_function_app_slot]
#   tags: [azure, app-service, encryption-in-transit]
#   remediation: Set `https_only = true` so App Service redirects every HTTP request to HTTPS.
package platlint.terraform.azure_app_https_only

import data.platlint.lib.terraform as tf

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

deny contains finding if {
	some type in app_types
	some name, r in input.resource[type]
	value := object.get(r, "https_only", false)
	not tf.is_true(value)
	not tf.is_reference(value)
	finding := {
		"msg": sprintf("%s.%s answers plain HTTP (https_only %s)", [type, name, how(r)]),
		"path": attr_path(type, name, r),
	}
}

how(r) := "is false" if "https_only" in object.keys(r)

how(r) := "defaults to false" if not "https_only" in object.keys(r)

attr_path(type, name, r) := ["resource", type, name, "https_only"] if "https_only" in object.keys(r)

attr_path(type, name, r) := ["resource", type, name] if not "https_only" in object.keys(r)
