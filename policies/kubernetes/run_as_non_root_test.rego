package platlint.kubernetes.run_as_non_root_test

import data.platlint.kubernetes.run_as_non_root as p

deployment(pod_sc, containers) := {
	"apiVersion": "apps/v1", "kind": "Deployment",
	"metadata": {"name": "web", "namespace": "prod"},
	"spec": {"template": {"spec": {"securityContext": pod_sc, "containers": containers}}},
}

test_nothing_set_reports_once_at_the_pod if {
	r := p.deny with input as deployment({"fsGroup": 2000}, [{"name": "api", "image": "api:1"}, {"name": "proxy", "image": "envoy:1"}])
	count(r) == 1
	some f in r
	f.path == ["spec", "template", "spec", "securityContext"]
	f.msg == `Deployment prod/web may run containers "api", "proxy" as root: neither the pod nor the container securityContext sets runAsNonRoot: true or a non-zero runAsUser`
}

test_no_pod_security_context_points_at_pod_spec if {
	r := p.deny with input as {"kind": "Pod", "metadata": {"name": "x"}, "spec": {"containers": [{"name": "a", "image": "a:1"}]}}
	some f in r
	f.path == ["spec"]
}

test_pod_level_false if {
	r := p.deny with input as deployment({"runAsNonRoot": false}, [{"name": "api", "image": "api:1"}])
	count(r) == 1
	some f in r
	f.path == ["spec", "template", "spec", "securityContext", "runAsNonRoot"]
}

test_container_false_overrides_pod_true if {
	r := p.deny with input as deployment({"runAsNonRoot": true}, [
		{"name": "api", "image": "api:1"},
		{"name": "debug", "image": "busybox:1", "securityContext": {"runAsNonRoot": false}},
	])
	count(r) == 1
	some f in r
	f.path == ["spec", "template", "spec", "containers", 1, "securityContext", "runAsNonRoot"]
	f.msg == `Deployment prod/web container "debug" sets runAsNonRoot: false, so it may run as root`
}

test_pod_level_true_is_fine if {
	count(p.deny) == 0 with input as deployment({"runAsNonRoot": true, "runAsUser": 10001}, [{"name": "api", "image": "api:1"}])
}

test_container_level_true_is_fine if {
	count(p.deny) == 0 with input as deployment({}, [{"name": "api", "image": "api:1", "securityContext": {"runAsNonRoot": true}}])
}

test_non_zero_run_as_user_is_fine if {
	count(p.deny) == 0 with input as deployment({"runAsUser": 1000}, [{"name": "api", "image": "api:1"}])
}

test_run_as_user_zero_is_left_to_pl_k8s_007 if {
	count(p.deny) == 0 with input as deployment({"runAsUser": 0}, [{"name": "api", "image": "api:1"}])
}

test_distroless_nonroot_image_is_fine if {
	count(p.deny) == 0 with input as deployment({}, [{"name": "api", "image": "gcr.io/distroless/static-debian12:nonroot@sha256:abc"}])
}

test_only_the_unprotected_container_is_listed if {
	r := p.deny with input as deployment(null, [
		{"name": "api", "image": "api:1", "securityContext": {"runAsNonRoot": true}},
		{"name": "proxy", "image": "envoy:1"},
	])
	some f in r
	f.msg == `Deployment prod/web may run container "proxy" as root: neither the pod nor the container securityContext sets runAsNonRoot: true or a non-zero runAsUser`
	f.path == ["spec", "template", "spec"]
}

test_non_workloads_are_ignored if {
	count(p.deny) == 0 with input as {"kind": "Service", "metadata": {"name": "s"}, "spec": {}}
}

win(sc) := {"kind": "Pod", "metadata": {"name": "w"}, "spec": {"os": {"name": "windows"}, "securityContext": sc, "containers": [{"name": "iis", "image": "iis:1"}]}}

test_windows_user_name if {
	count(p.deny) == 0 with input as win({"windowsOptions": {"runAsUserName": "ContainerUser"}})
	count(p.deny) == 1 with input as win({"windowsOptions": {"runAsUserName": "ContainerAdministrator"}})
	count(p.deny) == 0 with input as win({"windowsOptions": {"hostProcess": true, "runAsUserName": "NT AUTHORITY\\SYSTEM"}})
}
