package platlint.kubernetes.windows_host_process_test

import data.platlint.kubernetes.windows_host_process as p

daemonset(pod_sc, csc) := {
	"apiVersion": "apps/v1", "kind": "DaemonSet", "metadata": {"name": "win-agent", "namespace": "ops"},
	"spec": {"template": {"spec": {"os": {"name": "windows"}, "hostNetwork": true, "securityContext": pod_sc, "containers": [{"name": "agent", "securityContext": csc}]}}},
}

test_pod_level if {
	r := p.deny with input as daemonset({"windowsOptions": {"hostProcess": true, "runAsUserName": "NT AUTHORITY\\SYSTEM"}}, {"windowsOptions": {"hostProcess": true}})
	count(r) == 1
	some f in r
	f.path == ["spec", "template", "spec", "securityContext", "windowsOptions", "hostProcess"]
	f.msg == "DaemonSet ops/win-agent runs its containers as Windows HostProcess containers"
}

test_container_level if {
	r := p.deny with input as daemonset({}, {"windowsOptions": {"hostProcess": true}})
	count(r) == 1
	some f in r
	f.path == ["spec", "template", "spec", "containers", 0, "securityContext", "windowsOptions", "hostProcess"]
}

test_normal_windows_container_is_fine if {
	count(p.deny) == 0 with input as daemonset({"windowsOptions": {"runAsUserName": "ContainerUser"}}, {})
}
