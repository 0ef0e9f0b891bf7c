package platlint.kubernetes.rbac_escalation_verbs_test

import data.platlint.kubernetes.rbac_escalation_verbs as p

role(rules) := {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole", "metadata": {"name": "ops"}, "rules": rules}

test_impersonate if {
	r := p.deny with input as role([{"apiGroups": [""], "resources": ["users", "groups", "serviceaccounts"], "verbs": ["impersonate"]}])
	count(r) == 1
	some f in r
	f.path == ["rules", 0, "verbs", 0]
	f.msg == "ClusterRole ops rule 0 grants the impersonate verb on users, groups, serviceaccounts"
}

test_escalate_and_bind if {
	count(p.deny) == 2 with input as role([{"apiGroups": ["rbac.authorization.k8s.io"], "resources": ["clusterroles"], "verbs": ["get", "escalate", "bind"]}])
}

test_bind_limited_to_named_roles_is_fine if {
	count(p.deny) == 0 with input as role([{"apiGroups": ["rbac.authorization.k8s.io"], "resources": ["clusterroles"], "resourceNames": ["view"], "verbs": ["bind"]}])
	count(p.deny) == 1 with input as role([{"apiGroups": ["rbac.authorization.k8s.io"], "resources": ["clusterroles"], "resourceNames": ["cluster-admin"], "verbs": ["bind"]}])
}

test_ordinary_verbs_are_fine if {
	count(p.deny) == 0 with input as role([{"apiGroups": ["rbac.authorization.k8s.io"], "resources": ["roles"], "verbs": ["get", "list"]}])
}

test_rule_without_resources_still_reports if {
	count(p.deny) == 1 with input as role([{"apiGroups": [""], "verbs": ["impersonate"]}])
}
