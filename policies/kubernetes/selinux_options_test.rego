package platlint.kubernetes.selinux_options_test

import data.platlint.kubernetes.selinux_options as p

pod(pod_sc, containers) := {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "agent", "namespace": "ops"}, "spec": {"securityContext": pod_sc, "containers": containers}}

test_spc_t_on_container if {
	r := p.deny with input as pod({}, [{"name": "a", "securityContext": {"seLinuxOptions": {"type": "spc_t"}}}])
	count(r) == 1
	some f in r
	f.path == ["spec", "containers", 0, "securityContext", "seLinuxOptions", "type"]
	f.msg == `Pod ops/agent container "a" sets SELinux type "spc_t"`
}

test_pod_level_user_and_role if {
	r := p.deny with input as pod({"seLinuxOptions": {"user": "system_u", "role": "system_r", "level": "s0:c1,c2"}}, [{"name": "a"}])
	count(r) == 2
	some f in r
	f.path == ["spec", "securityContext", "seLinuxOptions", "role"]
}

test_pod_level_overridden_is_fine if {
	count(p.deny) == 0 with input as pod({"seLinuxOptions": {"type": "spc_t"}}, [{"name": "a", "securityContext": {"seLinuxOptions": {"level": "s0:c1,c2"}}}])
}

test_level_and_container_types_are_fine if {
	count(p.deny) == 0 with input as pod({"seLinuxOptions": {"level": "s0:c123,c456"}}, [{"name": "a", "securityContext": {"seLinuxOptions": {"type": "container_init_t"}}}])
}
