package platlint.kubernetes.default_service_account_test

import data.platlint.kubernetes.default_service_account as p

deployment(spec) := {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web", "namespace": "shop"}, "spec": {"template": {"spec": object.union({"containers": [{"name": "web"}]}, spec)}}}

test_no_service_account if {
	r := p.deny with input as deployment({})
	count(r) == 1
	some f in r
	f.path == ["spec", "template", "spec"]
	f.msg == "Deployment shop/web runs as the default service account with its token mounted"
}

test_explicit_default if {
	r := p.deny with input as deployment({"serviceAccountName": "default"})
	some f in r
	f.path == ["spec", "template", "spec", "serviceAccountName"]
}

test_dedicated_account_is_fine if {
	count(p.deny) == 0 with input as deployment({"serviceAccountName": "web"})
	count(p.deny) == 0 with input as deployment({"serviceAccount": "web"})
}

test_token_opt_out_is_fine if {
	count(p.deny) == 0 with input as deployment({"automountServiceAccountToken": false})
}

test_default_account_opted_out_in_the_scan if {
	inv := {"complete": true, "kubernetes": {"ServiceAccount": {"shop": {"default": {"kind": "ServiceAccount", "automountServiceAccountToken": false}}}}}
	count(p.deny) == 0 with input as deployment({}) with data.platlint.inventory as inv
	count(p.deny) == 1 with input as deployment({"automountServiceAccountToken": true}) with data.platlint.inventory as inv
}
