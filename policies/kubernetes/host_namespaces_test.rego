package platlint.kubernetes.host_namespaces_test

import data.platlint.kubernetes.host_namespaces as p

deployment(spec) := {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "probe", "namespace": "ops"}, "spec": {"template": {"spec": object.union({"containers": [{"name": "a"}]}, spec)}}}

test_host_pid if {
	r := p.deny with input as deployment({"hostPID": true})
	count(r) == 1
	some f in r
	f.path == ["spec", "template", "spec", "hostPID"]
	f.msg == "Deployment ops/probe shares the node's PID namespace (hostPID: true)"
}

test_all_three if {
	count(p.deny) == 3 with input as deployment({"hostPID": true, "hostIPC": true, "hostNetwork": true})
}

test_false_or_absent_is_fine if {
	count(p.deny) == 0 with input as deployment({"hostNetwork": false})
	count(p.deny) == 0 with input as deployment({})
}
