# METADATA
# title: AKS cluster keeps local accounts enabled
# description: >-
#   Unless local_account_disabled = true, AKS keeps a static clusterAdmin
#   kubeconfig that anyone with the listClusterAdminCredential permission can
#   download. It bypasses Entra ID, conditional access and audit by identity,
#   and cannot be revoked short of rotating the cluster certificates.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/aks/manage-local-accounts-managed-azure-ad
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#local_account_disabled
# custom:
#   id: PL-TF-164
#   severity: medium
#   rationale: The static admin credential needs an Azure permission to fetch, but once fetched it cannot be revoked or traced to a person.
#   input: terraform
#   resources: [azurerm_kubernetes_cluster]
#   tags: [azure, aks, kubernetes, authentication]
#   remediation: >-
#     Set `local_account_disabled = true` together with
#     `azure_active_directory_role_based_access_control { azure_rbac_enabled = true }` so every user signs in with Entra ID.
package platlint.terraform.azure_aks_local_accounts

import data.platlint.lib.terraform as tf

deny contains finding if {
	some name, r in input.resource.azurerm_kubernetes_cluster
	value := object.get(r, "local_account_disabled", false)
	not tf.is_true(value)
	not tf.is_reference(value)
	finding := {
		"msg": sprintf("azurerm_kubernetes_cluster.%s keeps local accounts and their static admin kubeconfig", [name]),
		"path": attr_path(name, r),
	}
}

attr_path(name, r) := ["resource", "azurerm_kubernetes_cluster", name, "local_account_disabled"] if "local_account_disabled" in object.keys(r)

attr_path(name, r) := ["resource", "azurerm_kubernetes_cluster", name] if not "local_account_disabled" in object.keys(r)
