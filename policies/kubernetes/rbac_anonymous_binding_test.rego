package platlint.kubernetes.rbac_anonymous_binding_test

import data.platlint.kubernetes.rbac_anonymous_binding as p

binding(role, subjects) := {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRoleBinding", "metadata": {"name": "public-read"}, "roleRef": {"kind": "ClusterRole", "name": role}, "subjects": subjects}

test_authenticated_group if {
	r := p.deny with input as binding("view", [{"kind": "Group", "name": "ops"}, {"kind": "Group", "name": "system:authenticated"}])
	count(r) == 1
	some f in r
	f.path == ["subjects", 1, "name"]
	f.msg == `ClusterRoleBinding public-read grants ClusterRole "view" to system:authenticated`
}

test_anonymous_user if {
	count(p.deny) == 1 with input as binding("view", [{"kind": "User", "name": "system:anonymous"}])
}

test_discovery_roles_and_named_subjects_are_fine if {
	count(p.deny) == 0 with input as binding("system:public-info-viewer", [{"kind": "Group", "name": "system:unauthenticated"}])
	count(p.deny) == 0 with input as binding("view", [{"kind": "Group", "name": "platform-team"}])
}
