# METADATA
# title: Binding to cluster-admin
# description: >-
#   cluster-admin allows every action on every resource. Bound with a
#   ClusterRoleBinding it controls the whole cluster; even through a
#   RoleBinding it controls the namespace completely, Secrets, RBAC and all.
#   Workloads and CI identities rarely need more than a handful of verbs.
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles
#   - ref: https://kubernetes.io/docs/concepts/security/rbac-good-practices/
#   - ref: https://www.cisecurity.org/benchmark/kubernetes
# custom:
#   id: PL-K8S-029
#   severity: critical
#   rationale: Whoever holds the subject's credentials, or compromises a pod running as it, owns the cluster.
#   input: kubernetes
#   resources: [ClusterRoleBinding, RoleBinding]
#   tags: [kubernetes, rbac, least-privilege]
#   remediation: >-
#     Bind a Role or ClusterRole listing only the permissions the subject needs (or the built-in
#     `edit`/`view` ClusterRoles through a namespaced RoleBinding), e.g.
#     `roleRef: {kind: ClusterRole, name: view}`.
package platlint.kubernetes.cluster_admin_binding

import data.platlint.lib.kubernetes as k8s
import data.platlint.lib.kubernetes_security as sec

deny contains finding if {
	input.kind in sec.binding_kinds
	input.roleRef.kind == "ClusterRole"
	input.roleRef.name == "cluster-admin"
	finding := {
		"msg": sprintf("%s grants cluster-admin to %s", [k8s.name, subjects]),
		"path": ["roleRef", "name"],
	}
}

subjects := concat(", ", [sprintf("%s %s", [s.kind, s.name]) | some s in sec.arr(input.subjects)]) if count(sec.arr(input.subjects)) > 0

else := "no subject"
