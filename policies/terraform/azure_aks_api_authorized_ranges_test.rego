package platlint.terraform.azure_aks_api_authorized_ranges_test

import data.platlint.terraform.azure_aks_api_authorized_ranges as rule

test_public_cluster_without_ranges if {
	r := rule.deny with input as {"resource": {"azurerm_kubernetes_cluster": {"aks": {"dns_prefix": "aks"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_kubernetes_cluster", "aks"]
}

test_profile_without_ranges_points_at_profile if {
	r := rule.deny with input as {"resource": {"azurerm_kubernetes_cluster": {"aks": {"api_server_access_profile": [{"virtual_network_integration_enabled": true}]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_kubernetes_cluster", "aks", "api_server_access_profile", 0]
}

test_world_range if {
	r := rule.deny with input as {"resource": {"azurerm_kubernetes_cluster": {"aks": {"api_server_access_profile": [{"authorized_ip_ranges": ["0.0.0.0/0"]}]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_kubernetes_cluster", "aks", "api_server_access_profile", 0, "authorized_ip_ranges", 0]
}

test_provider_3_top_level_ranges if {
	count(rule.deny) == 0 with input as {"resource": {"azurerm_kubernetes_cluster": {"aks": {"api_server_authorized_ip_ranges": ["203.0.113.0/24"]}}}}
	r := rule.deny with input as {"resource": {"azurerm_kubernetes_cluster": {"aks": {"api_server_authorized_ip_ranges": ["0.0.0.0/0"]}}}}
	count(r) == 1
}

test_restricted_or_private_is_fine if {
	count(rule.deny) == 0 with input as {"resource": {"azurerm_kubernetes_cluster": {
		"a": {"api_server_access_profile": [{"authorized_ip_ranges": ["203.0.113.0/24"]}]},
		"b": {"private_cluster_enabled": true},
		"c": {"api_server_access_profile": [{"authorized_ip_ranges": "${var.admin_ranges}"}]},
	}}}
}
