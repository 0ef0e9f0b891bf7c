package platlint.kubernetes.service_node_port_test

import data.platlint.kubernetes.service_node_port as p

service(spec) := {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "web", "namespace": "shop"}, "spec": spec}

test_node_port if {
	r := p.deny with input as service({"type": "NodePort", "ports": [{"port": 80, "nodePort": 30080}]})
	count(r) == 1
	some f in r
	f.path == ["spec", "type"]
	f.msg == "Service shop/web is of type NodePort, which opens port 30080 on every node"
}

test_cluster_ip_and_default_are_fine if {
	count(p.deny) == 0 with input as service({"type": "ClusterIP", "ports": [{"port": 80}]})
	count(p.deny) == 0 with input as service({"ports": [{"port": 80}]})
}
