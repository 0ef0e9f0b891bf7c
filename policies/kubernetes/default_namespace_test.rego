package platlint.kubernetes.default_namespace_test

import data.platlint.kubernetes.default_namespace as p

deployment(metadata) := {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": metadata, "spec": {"template": {"spec": {"containers": [{"name": "a"}]}}}}

test_default if {
	r := p.deny with input as deployment({"name": "web", "namespace": "default"})
	count(r) == 1
	some f in r
	f.path == ["metadata", "namespace"]
	f.msg == "Deployment default/web is deployed to the default namespace"
}

test_missing_namespace_is_fine if {
	count(p.deny) == 0 with input as deployment({"name": "web"})
}

test_other_namespace_and_non_workloads_are_fine if {
	count(p.deny) == 0 with input as deployment({"name": "web", "namespace": "shop"})
	count(p.deny) == 0 with input as {"kind": "ConfigMap", "metadata": {"name": "c", "namespace": "default"}}
}
