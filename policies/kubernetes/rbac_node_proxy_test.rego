package platlint.kubernetes.rbac_node_proxy_test

import data.platlint.kubernetes.rbac_node_proxy as p

role(resources) := {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole", "metadata": {"name": "prometheus"}, "rules": [{"apiGroups": [""], "resources": resources, "verbs": ["get", "list", "watch"]}]}

test_node_proxy if {
	r := p.deny with input as role(["nodes", "nodes/proxy"])
	count(r) == 1
	some f in r
	f.path == ["rules", 0, "resources", 1]
	f.msg == "ClusterRole prometheus rule 0 grants get on nodes/proxy, which reaches the kubelet API of every node"
}

test_metrics_is_fine if {
	count(p.deny) == 0 with input as role(["nodes", "nodes/metrics", "services", "endpoints", "pods"])
}
