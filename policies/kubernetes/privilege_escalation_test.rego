package platlint.kubernetes.privilege_escalation_test

import data.platlint.kubernetes.privilege_escalation as p

pod(c) := {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "web", "namespace": "prod"}, "spec": {"containers": [c]}}

test_missing_points_at_security_context if {
	r := p.deny with input as pod({"name": "app", "securityContext": {"runAsNonRoot": true}})
	count(r) == 1
	some f in r
	f.path == ["spec", "containers", 0, "securityContext"]
	f.msg == `Pod prod/web container "app" does not set allowPrivilegeEscalation: false, so setuid binaries can gain privileges`
}

test_missing_without_security_context_points_at_container if {
	r := p.deny with input as pod({"name": "app"})
	some f in r
	f.path == ["spec", "containers", 0]
}

test_explicit_true if {
	r := p.deny with input as pod({"name": "app", "securityContext": {"allowPrivilegeEscalation": true}})
	count(r) == 1
	some f in r
	f.path == ["spec", "containers", 0, "securityContext", "allowPrivilegeEscalation"]
}

test_false_is_fine if {
	count(p.deny) == 0 with input as pod({"name": "app", "securityContext": {"allowPrivilegeEscalation": false}})
}

test_privileged_and_sys_admin_are_left_to_their_rules if {
	count(p.deny) == 0 with input as pod({"name": "app", "securityContext": {"privileged": true}})
	count(p.deny) == 0 with input as pod({"name": "app", "securityContext": {"capabilities": {"add": ["CAP_SYS_ADMIN"]}}})
}

test_windows_pods_are_skipped if {
	count(p.deny) == 0 with input as {"kind": "Pod", "metadata": {"name": "w"}, "spec": {"os": {"name": "windows"}, "containers": [{"name": "app"}]}}
}
