package platlint.kubernetes.seccomp_profile_missing_test

import data.platlint.kubernetes.seccomp_profile_missing as p

deployment(annotations, pod_sc, containers) := {
	"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web", "namespace": "prod"},
	"spec": {"template": {
		"metadata": {"annotations": annotations},
		"spec": {"securityContext": pod_sc, "containers": containers},
	}},
}

test_missing_everywhere if {
	r := p.deny with input as deployment({}, {"runAsNonRoot": true}, [{"name": "api"}, {"name": "proxy"}])
	count(r) == 1
	some f in r
	f.path == ["spec", "template", "spec", "securityContext"]
	f.msg == `Deployment prod/web sets no seccomp profile for containers "api", "proxy", so it runs without a syscall filter`
}

test_only_containers_without_their_own_profile_are_listed if {
	r := p.deny with input as deployment({}, null, [
		{"name": "api", "securityContext": {"seccompProfile": {"type": "RuntimeDefault"}}},
		{"name": "proxy"},
	])
	some f in r
	f.path == ["spec", "template", "spec"]
	contains(f.msg, `for container "proxy",`)
}

test_pod_level_profile_is_fine if {
	count(p.deny) == 0 with input as deployment({}, {"seccompProfile": {"type": "RuntimeDefault"}}, [{"name": "api"}])
	count(p.deny) == 0 with input as deployment({}, {"seccompProfile": {"type": "Localhost", "localhostProfile": "profiles/api.json"}}, [{"name": "api"}])
}

test_every_container_sets_its_own_is_fine if {
	count(p.deny) == 0 with input as deployment({}, {}, [{"name": "api", "securityContext": {"seccompProfile": {"type": "RuntimeDefault"}}}])
}

test_legacy_annotations_count if {
	count(p.deny) == 0 with input as deployment({"seccomp.security.alpha.kubernetes.io/pod": "runtime/default"}, {}, [{"name": "api"}])
	count(p.deny) == 0 with input as deployment({"container.seccomp.security.alpha.kubernetes.io/api": "docker/default"}, {}, [{"name": "api"}])
}

test_unconfined_is_left_to_pl_k8s_016 if {
	count(p.deny) == 0 with input as deployment({}, {"seccompProfile": {"type": "Unconfined"}}, [{"name": "api"}])
}

test_windows_is_skipped if {
	count(p.deny) == 0 with input as {"kind": "Pod", "metadata": {"name": "w"}, "spec": {"os": {"name": "windows"}, "containers": [{"name": "iis"}]}}
}
