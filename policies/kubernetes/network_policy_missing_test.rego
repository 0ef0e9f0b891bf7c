package platlint.kubernetes.network_policy_missing_test

import data.platlint.kubernetes.network_policy_missing as p

deployment(ns, spec) := {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web", "namespace": ns}, "spec": {
	"template": {"metadata": {"labels": {"app": "web"}}, "spec": object.union({"containers": [{"name": "web"}]}, spec)},
}}

policy(selector, types) := {"apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy", "spec": object.union({"podSelector": selector}, types)}

inventory(ns, policies) := {"complete": true, "kubernetes": {"NetworkPolicy": {ns: policies}}}

test_no_policy if {
	r := p.deny with input as deployment("shop", {}) with data.platlint.inventory as inventory("other", {"deny": policy({}, {})})
	count(r) == 1
	some f in r
	f.path == ["spec", "template", "metadata", "labels"]
	f.msg == `Deployment shop/web is not selected by any NetworkPolicy in namespace "shop", so every pod in the cluster can reach it`
}

test_default_deny_is_fine if {
	count(p.deny) == 0 with input as deployment("shop", {}) with data.platlint.inventory as inventory("shop", {"default-deny": policy({}, {"policyTypes": ["Ingress"]})})
}

test_selecting_policy_is_fine if {
	count(p.deny) == 0 with input as deployment("shop", {}) with data.platlint.inventory as inventory("shop", {"web": policy({"matchLabels": {"app": "web"}}, {})})
}

test_policy_for_other_pods_or_egress_only if {
	count(p.deny) == 1 with input as deployment("shop", {}) with data.platlint.inventory as inventory("shop", {"db": policy({"matchLabels": {"app": "db"}}, {})})
	count(p.deny) == 1 with input as deployment("shop", {}) with data.platlint.inventory as inventory("shop", {"egress": policy({}, {"policyTypes": ["Egress"]})})
}

test_objects_without_namespace_compare_with_each_other if {
	w := {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web"}, "spec": {"template": {"metadata": {"labels": {"app": "web"}}, "spec": {"containers": [{"name": "web"}]}}}}
	count(p.deny) == 0 with input as w with data.platlint.inventory as inventory("", {"deny": policy({}, {})})
	r := p.deny with input as w with data.platlint.inventory as inventory("shop", {"deny": policy({}, {})})
	some f in r
	f.msg == "Deployment web is not selected by any NetworkPolicy among the objects without a namespace, so every pod in the cluster can reach it"
}

test_host_network_jobs_and_incomplete_are_skipped if {
	count(p.deny) == 0 with input as deployment("shop", {"hostNetwork": true}) with data.platlint.inventory as inventory("shop", {})
	count(p.deny) == 0 with input as deployment("shop", {}) with data.platlint.inventory as {"complete": false}
	count(p.deny) == 0 with input as {"kind": "Job", "metadata": {"name": "j", "namespace": "shop"}, "spec": {"template": {"spec": {"containers": [{"name": "j"}]}}}} with data.platlint.inventory as inventory("shop", {})
}

test_cni_policies_make_it_quiet if {
	cilium := {"complete": true, "kubernetes": {"CiliumNetworkPolicy": {"shop": {"deny": {"apiVersion": "cilium.io/v2", "kind": "CiliumNetworkPolicy", "spec": {"endpointSelector": {}}}}}}}
	count(p.deny) == 0 with input as deployment("shop", {}) with data.platlint.inventory as cilium
	calico := {"complete": true, "kubernetes": {"NetworkPolicy": {"shop": {"deny": {"apiVersion": "projectcalico.org/v3", "kind": "NetworkPolicy", "spec": {"selector": "all()"}}}}}}
	count(p.deny) == 0 with input as deployment("shop", {}) with data.platlint.inventory as calico
	global := {"complete": true, "kubernetes": {"GlobalNetworkPolicy": {"": {"deny": {"apiVersion": "projectcalico.org/v3", "kind": "GlobalNetworkPolicy"}}}}}
	count(p.deny) == 0 with input as deployment("shop", {}) with data.platlint.inventory as global
}
