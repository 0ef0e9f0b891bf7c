package platlint.kubernetes.run_as_root_user_test

import data.platlint.kubernetes.run_as_root_user as p

pod(pod_sc, containers) := {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "tools", "namespace": "ops"}, "spec": {"securityContext": pod_sc, "containers": containers}}

test_container_user_zero if {
	r := p.deny with input as pod({}, [{"name": "shell", "securityContext": {"runAsUser": 0}}])
	count(r) == 1
	some f in r
	f.path == ["spec", "containers", 0, "securityContext", "runAsUser"]
	f.msg == `Pod ops/tools container "shell" sets runAsUser: 0, so it runs as root`
}

test_pod_user_zero_inherited if {
	r := p.deny with input as pod({"runAsUser": 0}, [{"name": "a"}, {"name": "b", "securityContext": {"runAsUser": 1000}}])
	count(r) == 1
	some f in r
	f.path == ["spec", "securityContext", "runAsUser"]
	f.msg == `Pod ops/tools runs container "a" as root: the pod securityContext sets runAsUser: 0`
}

test_pod_user_zero_overridden_everywhere_is_fine if {
	count(p.deny) == 0 with input as pod({"runAsUser": 0}, [{"name": "a", "securityContext": {"runAsUser": 1000}}])
}

test_non_zero_is_fine if {
	count(p.deny) == 0 with input as pod({"runAsUser": 65532, "runAsNonRoot": true}, [{"name": "a"}])
}
