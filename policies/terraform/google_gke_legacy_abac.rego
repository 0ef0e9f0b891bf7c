# METADATA
# title: GKE cluster with legacy ABAC enabled
# description: >-
#   enable_legacy_abac = true turns on the attribute-based authorizer that
#   predates Kubernetes RBAC. Its static policies grant broad rights (by default
#   every service account gets full API access) and bypass RBAC roles entirely.
# related_resources:
#   - ref: https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster#leave_abac_disabled_default_for_110
#   - ref: https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#enable_legacy_abac
#   - ref: https://www.cisecurity.org/benchmark/kubernetes
#     description: "CIS GKE Benchmark: Ensure Legacy Authorization (ABAC) is Disabled"
# custom:
#   id: PL-TF-114
#   severity: high
#   rationale: Legacy ABAC grants cluster-wide permissions that RBAC cannot take back.
#   input: terraform
#   resources: [google_container_cluster]
#   tags: [gcp, gke, kubernetes, authorization]
#   remediation: Remove `enable_legacy_abac` (it defaults to false) and grant access with Kubernetes RBAC or IAM.
package platlint.terraform.google_gke_legacy_abac

import data.platlint.lib.terraform as tf

deny contains finding if {
	some name, r in input.resource.google_container_cluster
	tf.is_true(r.enable_legacy_abac)
	finding := {
		"msg": sprintf("google_container_cluster.%s enables legacy ABAC authorization", [name]),
		"path": ["resource", "google_container_cluster", name, "enable_legacy_abac"],
	}
}
