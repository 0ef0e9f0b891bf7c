package platlint.kubernetes.rbac_wildcard_test

import data.platlint.kubernetes.rbac_wildcard as p

role(rules) := {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole", "metadata": {"name": "deployer"}, "rules": rules}

test_wildcard_verbs if {
	r := p.deny with input as role([{"apiGroups": ["apps"], "resources": ["deployments"], "verbs": ["*"]}])
	count(r) == 1
	some f in r
	f.path == ["rules", 0, "verbs", 0]
	f.msg == `ClusterRole deployer rule 0 grants every verb ("*") on deployments`
}

test_wildcard_resources if {
	r := p.deny with input as role([
		{"apiGroups": [""], "resources": ["configmaps"], "verbs": ["get"]},
		{"apiGroups": ["apps"], "resources": ["*"], "verbs": ["get", "list"]},
	])
	count(r) == 1
	some f in r
	f.path == ["rules", 1, "resources", 0]
	f.msg == `ClusterRole deployer rule 1 grants get, list on every resource ("*")`
}

test_both_is_one_finding_on_the_rule if {
	r := p.deny with input as role([{"apiGroups": ["*"], "resources": ["*"], "verbs": ["*"]}])
	count(r) == 1
	some f in r
	f.path == ["rules", 0]
}

test_explicit_lists_are_fine if {
	count(p.deny) == 0 with input as role([{"apiGroups": ["apps"], "resources": ["deployments", "replicasets"], "verbs": ["get", "list", "watch"]}])
	count(p.deny) == 0 with input as role([{"nonResourceURLs": ["/metrics"], "verbs": ["get"]}])
}

test_bindings_are_ignored if {
	count(p.deny) == 0 with input as {"kind": "RoleBinding", "metadata": {"name": "x"}, "rules": [{"verbs": ["*"]}]}
}

test_non_resource_urls_only_are_not_checked if {
	count(p.deny) == 0 with input as role([{"nonResourceURLs": ["/healthz"], "verbs": ["*"]}])
}
