# METADATA
# title: AKS cluster with Kubernetes RBAC disabled
# description: >-
#   role_based_access_control_enabled = false (role_based_access_control {
#   enabled = false } on provider 2.x) creates a cluster in which every
#   authenticated identity is effectively a cluster administrator: Roles and
#   RoleBindings are not enforced. RBAC cannot be turned on later without
#   recreating the cluster.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/aks/concepts-identity#kubernetes-rbac
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#role_based_access_control_enabled
# custom:
#   id: PL-TF-162
#   severity: high
#   rationale: Without RBAC any credential for the cluster grants full control of every workload and secret.
#   input: terraform
#   resources: [azurerm_kubernetes_cluster]
#   tags: [azure, aks, kubernetes, authorization]
#   remediation: >-
#     Remove `role_based_access_control_enabled = false` (it defaults to true) and add
#     `azure_active_directory_role_based_access_control { azure_rbac_enabled = true }`.
package platlint.terraform.azure_aks_rbac

deny contains finding if {
	some name, r in input.resource.azurerm_kubernetes_cluster
	r.role_based_access_control_enabled in {false, "false"}
	finding := {
		"msg": sprintf("azurerm_kubernetes_cluster.%s disables Kubernetes RBAC", [name]),
		"path": ["resource", "azurerm_kubernetes_cluster", name, "role_based_access_control_enabled"],
	}
}

deny contains finding if {
	some name, r in input.resource.azurerm_kubernetes_cluster
	some i, rbac in r.role_based_access_control
	rbac.enabled in {false, "false"}
	finding := {
		"msg": sprintf("azurerm_kubernetes_cluster.%s disables Kubernetes RBAC", [name]),
		"path": ["resource", "azurerm_kubernetes_cluster", name, "role_based_access_control", i, "enabled"],
	}
}
