# METADATA
# title: AKS API server reachable from any address
# description: >-
#   A cluster that is not private (private_cluster_enabled) and sets no
#   api_server_access_profile.authorized_ip_ranges (api_server_authorized_ip_ranges
#   on provider 2.x and 3.x), or lists 0.0.0.0/0 there, accepts Kubernetes API
#   connections from the whole internet.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/aks/api-server-authorized-ip-ranges
#   - ref: https://learn.microsoft.com/azure/aks/private-clusters
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#authorized_ip_ranges
# custom:
#   id: PL-TF-163
#   severity: high
#   rationale: The API server becomes a target for every credential leak and Kubernetes vulnerability on the internet.
#   input: terraform
#   resources: [azurerm_kubernetes_cluster]
#   tags: [azure, aks, kubernetes, network, public-access]
#   remediation: >-
#     Add `api_server_access_profile { authorized_ip_ranges = ["203.0.113.0/24"] }` with the ranges of your
#     administrators and CI, or set `private_cluster_enabled = true`.
package platlint.terraform.azure_aks_api_authorized_ranges

import data.platlint.lib.terraform as tf

world := {"0.0.0.0/0", "0.0.0.0", "*", "::/0"}

deny contains finding if {
	some name, r in input.resource.azurerm_kubernetes_cluster
	not private(r)
	not has_ranges(r)
	not r.dynamic.api_server_access_profile
	finding := {
		"msg": sprintf("azurerm_kubernetes_cluster.%s is not private and sets no authorized_ip_ranges, so its API server accepts any address", [name]),
		"path": profile_path(name, r),
	}
}

deny contains finding if {
	some name, r in input.resource.azurerm_kubernetes_cluster
	not private(r)
	some i, profile in r.api_server_access_profile
	some j, range in profile.authorized_ip_ranges
	range in world
	finding := {
		"msg": sprintf("azurerm_kubernetes_cluster.%s authorizes %s to reach the API server", [name, range]),
		"path": ["resource", "azurerm_kubernetes_cluster", name, "api_server_access_profile", i, "authorized_ip_ranges", j],
	}
}

deny contains finding if {
	some name, r in input.resource.azurerm_kubernetes_cluster
	not private(r)
	some j, range in r.api_server_authorized_ip_ranges
	range in world
	finding := {
		"msg": sprintf("azurerm_kubernetes_cluster.%s authorizes %s to reach the API server", [name, range]),
		"path": ["resource", "azurerm_kubernetes_cluster", name, "api_server_authorized_ip_ranges", j],
	}
}

private(r) if tf.is_true(r.private_cluster_enabled)

private(r) if tf.is_reference(r.private_cluster_enabled)

has_ranges(r) if {
	some profile in r.api_server_access_profile
	listed(profile.authorized_ip_ranges)
}

has_ranges(r) if listed(r.api_server_authorized_ip_ranges)

listed(v) if {
	is_array(v)
	count(v) > 0
}

listed(v) if tf.is_reference(v)

profile_path(name, r) := ["resource", "azurerm_kubernetes_cluster", name, "api_server_access_profile", 0] if is_object(r.api_server_access_profile[0])

profile_path(name, r) := ["resource", "azurerm_kubernetes_cluster", name] if not is_object(object.get(r, ["api_server_access_profile", 0], null))
