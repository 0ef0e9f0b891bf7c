package platlint.kubernetes.capabilities_not_dropped_test

import data.platlint.kubernetes.capabilities_not_dropped as p

pod(sc) := {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "web"}, "spec": {"containers": [{"name": "nginx", "securityContext": sc}]}}

test_no_capabilities if {
	r := p.deny with input as pod({"runAsNonRoot": true})
	count(r) == 1
	some f in r
	f.path == ["spec", "containers", 0, "securityContext"]
	startswith(f.msg, `Pod web container "nginx" does not drop ALL capabilities`)
}

test_drops_some_points_at_drop if {
	r := p.deny with input as pod({"capabilities": {"drop": ["NET_RAW"]}})
	count(r) == 1
	some f in r
	f.path == ["spec", "containers", 0, "securityContext", "capabilities", "drop"]
}

test_add_only_points_at_capabilities if {
	r := p.deny with input as pod({"capabilities": {"add": ["NET_BIND_SERVICE"]}})
	some f in r
	f.path == ["spec", "containers", 0, "securityContext", "capabilities"]
}

test_drop_all_is_fine if {
	count(p.deny) == 0 with input as pod({"capabilities": {"drop": ["ALL"], "add": ["NET_BIND_SERVICE"]}})
	count(p.deny) == 0 with input as pod({"capabilities": {"drop": ["all"]}})
}

test_privileged_is_left_to_pl_k8s_004 if {
	count(p.deny) == 0 with input as pod({"privileged": true})
}
