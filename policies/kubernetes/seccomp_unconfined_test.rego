package platlint.kubernetes.seccomp_unconfined_test

import data.platlint.kubernetes.seccomp_unconfined as p

pod(annotations, pod_sc, containers) := {
	"apiVersion": "v1", "kind": "Pod",
	"metadata": {"name": "debug", "namespace": "ops", "annotations": annotations},
	"spec": {"securityContext": pod_sc, "containers": containers},
}

test_container_unconfined if {
	r := p.deny with input as pod({}, {"seccompProfile": {"type": "RuntimeDefault"}}, [{"name": "strace", "securityContext": {"seccompProfile": {"type": "Unconfined"}}}])
	count(r) == 1
	some f in r
	f.path == ["spec", "containers", 0, "securityContext", "seccompProfile", "type"]
	f.msg == `Pod ops/debug container "strace" disables seccomp (profile Unconfined)`
}

test_pod_unconfined_inherited if {
	r := p.deny with input as pod({}, {"seccompProfile": {"type": "Unconfined"}}, [
		{"name": "a"},
		{"name": "b", "securityContext": {"seccompProfile": {"type": "RuntimeDefault"}}},
	])
	count(r) == 1
	some f in r
	f.path == ["spec", "securityContext", "seccompProfile", "type"]
	f.msg == `Pod ops/debug disables seccomp for container "a" (pod-level profile Unconfined)`
}

test_pod_unconfined_overridden_everywhere_is_fine if {
	count(p.deny) == 0 with input as pod({}, {"seccompProfile": {"type": "Unconfined"}}, [{"name": "a", "securityContext": {"seccompProfile": {"type": "RuntimeDefault"}}}])
}

test_legacy_annotations if {
	r := p.deny with input as pod({"seccomp.security.alpha.kubernetes.io/pod": "unconfined"}, {}, [{"name": "a"}])
	some f in r
	f.path == ["metadata", "annotations", "seccomp.security.alpha.kubernetes.io/pod"]
	r2 := p.deny with input as pod({"container.seccomp.security.alpha.kubernetes.io/a": "unconfined"}, {}, [{"name": "a"}])
	some f2 in r2
	f2.path == ["metadata", "annotations", "container.seccomp.security.alpha.kubernetes.io/a"]
}

test_runtime_default_and_missing_are_fine if {
	count(p.deny) == 0 with input as pod({}, {"seccompProfile": {"type": "RuntimeDefault"}}, [{"name": "a"}])
	count(p.deny) == 0 with input as pod({}, {}, [{"name": "a"}])
}
