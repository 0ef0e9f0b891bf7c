package platlint.kubernetes.host_port_test

import data.platlint.kubernetes.host_port as p

pod(spec) := {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "ingress"}, "spec": object.union(
	{"containers": [{"name": "nginx", "ports": [
		{"name": "http", "containerPort": 80, "hostPort": 80},
		{"name": "metrics", "containerPort": 10254},
	]}]},
	spec,
)}

test_host_port if {
	r := p.deny with input as pod({})
	count(r) == 1
	some f in r
	f.path == ["spec", "containers", 0, "ports", 0, "hostPort"]
	f.msg == `Pod ingress container "nginx" binds host port 80 on the node`
}

test_host_network_is_left_to_pl_k8s_011 if {
	count(p.deny) == 0 with input as pod({"hostNetwork": true})
}

test_container_ports_are_fine if {
	count(p.deny) == 0 with input as {"kind": "Pod", "metadata": {"name": "x"}, "spec": {"containers": [{"name": "a", "ports": [{"containerPort": 8080}, {"containerPort": 9090, "hostPort": 0}]}]}}
}
