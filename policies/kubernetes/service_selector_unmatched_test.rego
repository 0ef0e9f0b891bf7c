package platlint.kubernetes.service_selector_unmatched_test

import data.platlint.kubernetes.service_selector_unmatched as p

service(selector) := {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "web", "namespace": "shop"}, "spec": {"selector": selector, "ports": [{"port": 80, "targetPort": "http"}]}}

deployment := {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web", "namespace": "shop"}, "spec": {"template": {"metadata": {"labels": {"app": "web", "tier": "frontend"}}, "spec": {"containers": [{"name": "web"}]}}}}

inventory(extra) := {"complete": true, "kubernetes": object.union({"Deployment": {"shop": {"web": deployment}}}, extra)}

test_typo if {
	r := p.deny with input as service({"app": "wbe"}) with data.platlint.inventory as inventory({})
	count(r) == 1
	some f in r
	f.path == ["spec", "selector"]
	f.msg == `Service shop/web selects app=wbe, which matches the pods of no workload in namespace "shop"`
}

test_matching_selector_is_fine if {
	count(p.deny) == 0 with input as service({"app": "web"}) with data.platlint.inventory as inventory({})
	count(p.deny) == 0 with input as service({"app": "web", "tier": "frontend"}) with data.platlint.inventory as inventory({})
}

test_no_workloads_in_namespace_or_incomplete_is_quiet if {
	count(p.deny) == 0 with input as service({"app": "wbe"}) with data.platlint.inventory as {"complete": true, "kubernetes": {}}
	count(p.deny) == 0 with input as service({"app": "wbe"}) with data.platlint.inventory as object.union(inventory({}), {"complete": false})
}

test_custom_resources_make_it_quiet if {
	cr := {"Prometheus": {"shop": {"main": {"apiVersion": "monitoring.coreos.com/v1", "kind": "Prometheus"}}}}
	count(p.deny) == 0 with input as service({"app.kubernetes.io/name": "prometheus"}) with data.platlint.inventory as inventory(cr)
}

test_selectorless_and_external_name_are_skipped if {
	count(p.deny) == 0 with input as {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "db", "namespace": "shop"}, "spec": {"ports": [{"port": 5432}]}} with data.platlint.inventory as inventory({})
	count(p.deny) == 0 with input as {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "db", "namespace": "shop"}, "spec": {"type": "ExternalName", "externalName": "db.example.com", "selector": {"app": "x"}}} with data.platlint.inventory as inventory({})
}
