package platlint.kubernetes.cluster_admin_binding_test

import data.platlint.kubernetes.cluster_admin_binding as p

binding(kind, role) := {
	"apiVersion": "rbac.authorization.k8s.io/v1", "kind": kind, "metadata": {"name": "ci"},
	"roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": role},
	"subjects": [{"kind": "ServiceAccount", "name": "deployer", "namespace": "ci"}],
}

test_cluster_role_binding if {
	r := p.deny with input as binding("ClusterRoleBinding", "cluster-admin")
	count(r) == 1
	some f in r
	f.path == ["roleRef", "name"]
	f.msg == "ClusterRoleBinding ci grants cluster-admin to ServiceAccount deployer"
}

test_role_binding if {
	count(p.deny) == 1 with input as binding("RoleBinding", "cluster-admin")
}

test_other_roles_are_fine if {
	count(p.deny) == 0 with input as binding("ClusterRoleBinding", "view")
	count(p.deny) == 0 with input as binding("RoleBinding", "edit")
}
