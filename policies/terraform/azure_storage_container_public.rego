# METADATA
# title: Storage container allows anonymous read access
# description: >-
#   container_access_type "blob" lets anyone on the internet read every blob
#   whose URL they know, and "container" also lets them list the container.
#   The default, "private", requires authorization.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-configure
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_container#container_access_type
# custom:
#   id: PL-TF-154
#   severity: high
#   rationale: Anonymous read access exposes the container's data to the internet as soon as it is applied.
#   input: terraform
#   resources: [azurerm_storage_container]
#   tags: [azure, storage, public-access]
#   remediation: >-
#     Set `container_access_type = "private"` (the default) and share data with SAS tokens, Entra ID roles or
#     a CDN with origin authentication.
package platlint.terraform.azure_storage_container_public

deny contains finding if {
	some name, r in input.resource.azurerm_storage_container
	is_string(r.container_access_type)
	lower(r.container_access_type) in {"blob", "container"}
	finding := {
		"msg": sprintf("azurerm_storage_container.%s allows anonymous reads (container_access_type = %q)", [name, r.container_access_type]),
		"path": ["resource", "azurerm_storage_container", name, "container_access_type"],
	}
}
