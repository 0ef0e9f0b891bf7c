package platlint.kubernetes.dangerous_capabilities_test

import data.platlint.kubernetes.dangerous_capabilities as p

daemonset(add) := {
	"apiVersion": "apps/v1", "kind": "DaemonSet", "metadata": {"name": "net", "namespace": "kube-ops"},
	"spec": {"template": {"spec": {"containers": [{"name": "agent", "securityContext": {"capabilities": {"drop": ["ALL"], "add": add}}}]}}},
}

test_sys_admin if {
	r := p.deny with input as daemonset(["NET_BIND_SERVICE", "SYS_ADMIN"])
	count(r) == 1
	some f in r
	f.path == ["spec", "template", "spec", "containers", 0, "securityContext", "capabilities", "add", 1]
	f.msg == `DaemonSet kube-ops/net container "agent" adds the SYS_ADMIN capability`
}

test_prefixed_and_lowercase_names if {
	count(p.deny) == 2 with input as daemonset(["CAP_NET_ADMIN", "net_raw"])
}

test_all if {
	r := p.deny with input as daemonset(["ALL"])
	some f in r
	f.msg == `DaemonSet kube-ops/net container "agent" adds ALL capabilities`
}

test_narrow_capabilities_are_fine if {
	count(p.deny) == 0 with input as daemonset(["NET_BIND_SERVICE", "CHOWN"])
}
