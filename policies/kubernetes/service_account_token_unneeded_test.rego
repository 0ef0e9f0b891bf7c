package platlint.kubernetes.service_account_token_unneeded_test

import data.platlint.kubernetes.service_account_token_unneeded as p

sa(extra) := object.union({"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": "web", "namespace": "shop"}}, extra)

deployment(spec) := {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web", "namespace": "shop"}, "spec": {"template": {"spec": object.union({"containers": [{"name": "web"}]}, spec)}}}

inventory(sa_obj, workload, bindings) := {"complete": true, "kubernetes": {
	"ServiceAccount": {"shop": {"web": sa_obj}},
	"Deployment": {"shop": {"web": workload}},
	"RoleBinding": {"shop": bindings},
}}

binding := {"read-config": {"kind": "RoleBinding", "subjects": [{"kind": "ServiceAccount", "name": "web"}], "roleRef": {"kind": "Role", "name": "read-config"}}}

test_unbound_account_used_by_a_workload if {
	inv := inventory(sa({}), deployment({"serviceAccountName": "web"}), {})
	r := p.deny with input as sa({}) with data.platlint.inventory as inv
	count(r) == 1
	some f in r
	f.path == []
	f.msg == "ServiceAccount shop/web is not granted anything by any RoleBinding or ClusterRoleBinding, yet its token is mounted into Deployment web"
}

test_explicit_true_on_the_account_points_at_it if {
	inv := inventory(sa({"automountServiceAccountToken": true}), deployment({"serviceAccountName": "web"}), {})
	r := p.deny with input as sa({"automountServiceAccountToken": true}) with data.platlint.inventory as inv
	some f in r
	f.path == ["automountServiceAccountToken"]
}

test_bound_account_is_fine if {
	inv := inventory(sa({}), deployment({"serviceAccountName": "web"}), binding)
	count(p.deny) == 0 with input as sa({}) with data.platlint.inventory as inv
}

test_opted_out_account_or_pods_are_fine if {
	inv := inventory(sa({"automountServiceAccountToken": false}), deployment({"serviceAccountName": "web"}), {})
	count(p.deny) == 0 with input as sa({"automountServiceAccountToken": false}) with data.platlint.inventory as inv
	inv2 := inventory(sa({}), deployment({"serviceAccountName": "web", "automountServiceAccountToken": false}), {})
	count(p.deny) == 0 with input as sa({}) with data.platlint.inventory as inv2
}

test_incomplete_inventory_stays_quiet if {
	inv := object.union(inventory(sa({}), deployment({"serviceAccountName": "web"}), {}), {"complete": false})
	count(p.deny) == 0 with input as sa({}) with data.platlint.inventory as inv
}

test_workload_forcing_the_token_on if {
	w := deployment({"serviceAccountName": "web", "automountServiceAccountToken": true})
	inv := inventory(sa({"automountServiceAccountToken": false}), w, {})
	r := p.deny with input as w with data.platlint.inventory as inv
	count(r) == 1
	some f in r
	f.path == ["spec", "template", "spec", "automountServiceAccountToken"]
	inv2 := inventory(sa({"automountServiceAccountToken": false}), w, binding)
	count(p.deny) == 0 with input as w with data.platlint.inventory as inv2
}

test_group_grant_counts if {
	g := {"all-sa": {"kind": "RoleBinding", "subjects": [{"kind": "Group", "name": "system:serviceaccounts:shop"}]}}
	inv := inventory(sa({}), deployment({"serviceAccountName": "web"}), g)
	count(p.deny) == 0 with input as sa({}) with data.platlint.inventory as inv
}
