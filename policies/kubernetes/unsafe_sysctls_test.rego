package platlint.kubernetes.unsafe_sysctls_test

import data.platlint.kubernetes.unsafe_sysctls as p

deployment(sysctls) := {
	"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "redis", "namespace": "cache"},
	"spec": {"template": {"spec": {"securityContext": {"sysctls": sysctls}, "containers": [{"name": "redis"}]}}},
}

test_unsafe if {
	r := p.deny with input as deployment([{"name": "net.ipv4.tcp_syncookies", "value": "1"}, {"name": "net.core.somaxconn", "value": "1024"}])
	count(r) == 1
	some f in r
	f.path == ["spec", "template", "spec", "securityContext", "sysctls", 1, "name"]
	f.msg == "Deployment cache/redis sets the unsafe sysctl net.core.somaxconn"
}

test_safe_including_slash_form if {
	count(p.deny) == 0 with input as deployment([
		{"name": "net.ipv4.ip_local_port_range", "value": "1024 65000"},
		{"name": "net/ipv4/ip_unprivileged_port_start", "value": "0"},
	])
}
