package platlint.kubernetes.rbac_pod_exec_test

import data.platlint.kubernetes.rbac_pod_exec as p

role(rules) := {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "Role", "metadata": {"name": "support", "namespace": "shop"}, "rules": rules}

test_exec if {
	r := p.deny with input as role([
		{"apiGroups": [""], "resources": ["pods", "pods/log"], "verbs": ["get", "list"]},
		{"apiGroups": [""], "resources": ["pods/exec"], "verbs": ["create"]},
	])
	count(r) == 1
	some f in r
	f.path == ["rules", 1, "resources", 0]
	f.msg == "Role shop/support rule 1 grants create on pods/exec, which runs commands in the pods"
}

test_attach_and_wildcard_subresource if {
	count(p.deny) == 2 with input as role([{"apiGroups": [""], "resources": ["pods/attach", "pods/*"], "verbs": ["get"]}])
}

test_logs_and_port_forward_are_fine if {
	count(p.deny) == 0 with input as role([{"apiGroups": [""], "resources": ["pods", "pods/log"], "verbs": ["get", "list", "watch"]}])
}
