package platlint.kubernetes.probe_port_unknown_test

import data.platlint.kubernetes.probe_port_unknown as p

deployment(c) := {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web", "namespace": "shop"}, "spec": {"template": {"spec": {"containers": [object.union({"name": "web", "ports": [{"name": "http", "containerPort": 8080}, {"name": "metrics", "containerPort": 9090}]}, c)]}}}}

test_unknown_named_port if {
	r := p.deny with input as deployment({"readinessProbe": {"httpGet": {"path": "/ready", "port": "web"}}})
	count(r) == 1
	some f in r
	f.path == ["spec", "template", "spec", "containers", 0, "readinessProbe", "httpGet", "port"]
	f.msg == `Deployment shop/web container "web" readinessProbe httpGet port web is not a named port of the container`
}

test_undeclared_number if {
	r := p.deny with input as deployment({"livenessProbe": {"tcpSocket": {"port": 8000}}})
	count(r) == 1
	some f in r
	f.msg == `Deployment shop/web container "web" livenessProbe tcpSocket port 8000 is not among the container's declared ports`
}

test_declared_ports_are_fine if {
	count(p.deny) == 0 with input as deployment({
		"readinessProbe": {"httpGet": {"path": "/ready", "port": "http"}},
		"livenessProbe": {"httpGet": {"path": "/live", "port": 8080}},
		"startupProbe": {"grpc": {"port": 9090}},
	})
	count(p.deny) == 0 with input as deployment({"livenessProbe": {"tcpSocket": {"port": "8080"}}})
}

test_no_declared_ports_and_other_hosts_are_not_checked if {
	count(p.deny) == 0 with input as {"kind": "Pod", "metadata": {"name": "x"}, "spec": {"containers": [{"name": "a", "livenessProbe": {"tcpSocket": {"port": 5432}}}]}}
	count(p.deny) == 0 with input as deployment({"livenessProbe": {"httpGet": {"host": "127.0.0.1", "port": 15020}}})
}

test_exec_probes_are_fine if {
	count(p.deny) == 0 with input as deployment({"livenessProbe": {"exec": {"command": ["pg_isready"]}}})
}
