package platlint.kubernetes.privileged_container_test

import data.platlint.kubernetes.privileged_container as p

deployment(sc) := {
	"apiVersion": "apps/v1", "kind": "Deployment",
	"metadata": {"name": "agent", "namespace": "ops"},
	"spec": {"template": {"spec": {"containers": [{"name": "main", "image": "agent:1", "securityContext": sc}]}}},
}

test_privileged if {
	r := p.deny with input as deployment({"privileged": true})
	count(r) == 1
	some f in r
	f.path == ["spec", "template", "spec", "containers", 0, "securityContext", "privileged"]
	startswith(f.msg, `Deployment ops/agent container "main" runs privileged`)
}

test_privileged_init_container if {
	r := p.deny with input as {"kind": "Pod", "metadata": {"name": "x"}, "spec": {
		"initContainers": [{"name": "sysctl", "securityContext": {"privileged": true}}],
		"containers": [{"name": "app"}],
	}}
	count(r) == 1
	some f in r
	f.path == ["spec", "initContainers", 0, "securityContext", "privileged"]
}

test_not_privileged_is_fine if {
	count(p.deny) == 0 with input as deployment({"privileged": false, "allowPrivilegeEscalation": false})
	count(p.deny) == 0 with input as deployment({})
	count(p.deny) == 0 with input as deployment(null)
}
