# METADATA
# title: Binding grants permissions to anonymous or all authenticated users
# description: >-
#   Subjects system:anonymous, system:unauthenticated and
#   system:authenticated stand for everyone who can reach the API server
#   (with anonymous auth on) and everyone with any valid credential; on some
#   managed clusters that includes any account of the cloud provider. A
#   binding to them hands its role to the world. Bindings to the built-in
#   discovery roles (system:public-info-viewer, system:discovery,
#   system:basic-user) are not reported.
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/access-authn-authz/rbac/#discovery-roles
#   - ref: https://kubernetes.io/docs/reference/access-authn-authz/authentication/#anonymous-requests
# custom:
#   id: PL-K8S-033
#   severity: critical
#   rationale: Permissions granted to anonymous or all authenticated users are usable by attackers with no foothold at all.
#   input: kubernetes
#   resources: [ClusterRoleBinding, RoleBinding]
#   tags: [kubernetes, rbac, public-access]
#   remediation: >-
#     Bind the role to the specific users, groups or service accounts that need it, e.g.
#     `subjects: [{kind: Group, name: platform-team}]`.
package platlint.kubernetes.rbac_anonymous_binding

import data.platlint.lib.kubernetes as k8s
import data.platlint.lib.kubernetes_security as sec

public := {"system:anonymous", "system:unauthenticated", "system:authenticated"}

discovery_roles := {"system:public-info-viewer", "system:discovery", "system:basic-user"}

deny contains finding if {
	input.kind in sec.binding_kinds
	not input.roleRef.name in discovery_roles
	some i, s in sec.arr(input.subjects)
	s.kind in {"User", "Group"}
	s.name in public
	finding := {
		"msg": sprintf("%s grants %s %q to %s", [k8s.name, object.get(input, ["roleRef", "kind"], "role"), object.get(input, ["roleRef", "name"], ""), s.name]),
		"path": ["subjects", i, "name"],
	}
}
