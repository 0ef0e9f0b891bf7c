package platlint.terraform.azure_aks_network_policy_test

import data.platlint.terraform.azure_aks_network_policy as rule

test_no_network_profile if {
	r := rule.deny with input as {"resource": {"azurerm_kubernetes_cluster": {"aks": {"dns_prefix": "aks"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_kubernetes_cluster", "aks"]
}

test_profile_without_policy if {
	r := rule.deny with input as {"resource": {"azurerm_kubernetes_cluster": {"aks": {"network_profile": [{"network_plugin": "kubenet"}]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_kubernetes_cluster", "aks", "network_profile", 0]
}

test_policy_engines_are_fine if {
	count(rule.deny) == 0 with input as {"resource": {"azurerm_kubernetes_cluster": {
		"azure": {"network_profile": [{"network_plugin": "azure", "network_policy": "azure"}]},
		"calico": {"network_profile": [{"network_plugin": "kubenet", "network_policy": "calico"}]},
		"cilium": {"network_profile": [{"network_plugin": "azure", "network_data_plane": "cilium"}]},
		"ebpf": {"network_profile": [{"network_plugin": "azure", "ebpf_data_plane": "cilium"}]},
		"ref": {"network_profile": [{"network_plugin": "azure", "network_policy": "${var.network_policy}"}]},
	}}}
}
