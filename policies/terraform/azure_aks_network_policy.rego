# METADATA
# title: AKS cluster does not enforce NetworkPolicy
# description: >-
#   Without network_profile.network_policy (azure, calico or cilium) or the
#   Cilium data plane (network_data_plane = "cilium", ebpf_data_plane on
#   provider 3.x), NetworkPolicy objects are accepted but ignored, so every pod
#   can reach every other pod. The network policy engine can only be chosen
#   when the cluster is created.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/aks/use-network-policies
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#network_policy
# custom:
#   id: PL-TF-165
#   severity: medium
#   rationale: Lack of pod isolation eases lateral movement after a compromise but is not itself an entry point.
#   input: terraform
#   resources: [azurerm_kubernetes_cluster]
#   tags: [azure, aks, kubernetes, network]
#   remediation: >-
#     Add `network_profile { network_plugin = "azure", network_policy = "cilium", network_data_plane = "cilium" }`
#     (or `network_policy = "azure"` or `"calico"`).
package platlint.terraform.azure_aks_network_policy

import data.platlint.lib.terraform as tf

deny contains finding if {
	some name, r in input.resource.azurerm_kubernetes_cluster
	not r.dynamic.network_profile
	not enforced(object.get(r, ["network_profile", 0], {}))
	finding := {
		"msg": sprintf("azurerm_kubernetes_cluster.%s sets no network policy engine, so NetworkPolicy objects are ignored", [name]),
		"path": profile_path(name, r),
	}
}

enforced(profile) if {
	is_string(profile.network_policy)
	profile.network_policy != ""
}

enforced(profile) if {
	some attr in ["network_data_plane", "ebpf_data_plane"]
	lower(profile[attr]) == "cilium"
}

enforced(profile) if {
	some attr in ["network_data_plane", "ebpf_data_plane"]
	tf.is_reference(profile[attr])
}

profile_path(name, r) := ["resource", "azurerm_kubernetes_cluster", name, "network_profile", 0] if is_object(r.network_profile[0])

profile_path(name, r) := ["resource", "azurerm_kubernetes_cluster", name] if not is_object(object.get(r, ["network_profile", 0], null))
