package platlint.kubernetes.rbac_secrets_read_test

import data.platlint.kubernetes.rbac_secrets_read as p

role(rules) := {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "Role", "metadata": {"name": "app", "namespace": "shop"}, "rules": rules}

test_list_secrets if {
	r := p.deny with input as role([{"apiGroups": [""], "resources": ["configmaps", "secrets"], "verbs": ["get", "list", "watch"]}])
	count(r) == 1
	some f in r
	f.path == ["rules", 0, "resources", 1]
	f.msg == "Role shop/app rule 0 grants get, list, watch on all secrets"
}

test_named_secret_is_fine if {
	count(p.deny) == 0 with input as role([{"apiGroups": [""], "resources": ["secrets"], "resourceNames": ["app-tls"], "verbs": ["get"]}])
}

test_write_only_and_other_groups_are_fine if {
	count(p.deny) == 0 with input as role([{"apiGroups": [""], "resources": ["secrets"], "verbs": ["create", "update"]}])
	count(p.deny) == 0 with input as role([{"apiGroups": ["bitnami.com"], "resources": ["secrets"], "verbs": ["get"]}])
}

test_wildcard_verbs_are_left_to_pl_k8s_027 if {
	count(p.deny) == 0 with input as role([{"apiGroups": [""], "resources": ["secrets"], "verbs": ["*"]}])
}
