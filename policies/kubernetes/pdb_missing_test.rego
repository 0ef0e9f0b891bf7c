package platlint.kubernetes.pdb_missing_test

import data.platlint.kubernetes.pdb_missing as p

deployment(spec) := {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web", "namespace": "shop"}, "spec": object.union(
	{
		"selector": {"matchLabels": {"app": "web"}},
		"template": {"metadata": {"labels": {"app": "web", "tier": "frontend"}}, "spec": {"containers": [{"name": "web"}]}},
	},
	spec,
)}

inventory(pdbs, hpas) := {"complete": true, "kubernetes": {"PodDisruptionBudget": {"shop": pdbs}, "HorizontalPodAutoscaler": {"shop": hpas}}}

pdb(selector) := {"apiVersion": "policy/v1", "kind": "PodDisruptionBudget", "spec": {"maxUnavailable": 1, "selector": selector}}

test_no_pdb if {
	r := p.deny with input as deployment({"replicas": 3}) with data.platlint.inventory as inventory({}, {})
	count(r) == 1
	some f in r
	f.path == ["spec", "replicas"]
	f.msg == `Deployment shop/web runs 3 replicas but no PodDisruptionBudget in namespace "shop" selects its pods`
}

test_pdb_selecting_other_pods if {
	inv := inventory({"api": pdb({"matchLabels": {"app": "api"}})}, {})
	count(p.deny) == 1 with input as deployment({"replicas": 2}) with data.platlint.inventory as inv
}

test_matching_pdb_is_fine if {
	inv := inventory({"web": pdb({"matchLabels": {"app": "web"}})}, {})
	count(p.deny) == 0 with input as deployment({"replicas": 3}) with data.platlint.inventory as inv
	inv2 := inventory({"web": pdb({"matchExpressions": [{"key": "tier", "operator": "In", "values": ["frontend", "backend"]}]})}, {})
	count(p.deny) == 0 with input as deployment({"replicas": 3}) with data.platlint.inventory as inv2
}

test_single_replica_and_unknown_are_fine if {
	count(p.deny) == 0 with input as deployment({"replicas": 1}) with data.platlint.inventory as inventory({}, {})
	count(p.deny) == 0 with input as deployment({}) with data.platlint.inventory as inventory({}, {})
}

test_autoscaler_minimum_counts if {
	hpa := {"web": {"kind": "HorizontalPodAutoscaler", "spec": {"scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "web"}, "minReplicas": 2, "maxReplicas": 10}}}
	r := p.deny with input as deployment({}) with data.platlint.inventory as inventory({}, hpa)
	count(r) == 1
	some f in r
	f.path == ["spec"]
}

test_incomplete_inventory_stays_quiet if {
	count(p.deny) == 0 with input as deployment({"replicas": 3}) with data.platlint.inventory as {"complete": false, "kubernetes": {}}
	count(p.deny) == 0 with input as deployment({"replicas": 3})
}

test_keda_minimum_counts if {
	so := {"apiVersion": "keda.sh/v1alpha1", "kind": "ScaledObject", "spec": {"scaleTargetRef": {"name": "web"}, "minReplicaCount": 3}}
	inv := {"complete": true, "kubernetes": {"ScaledObject": {"shop": {"web": so}}}}
	r := p.deny with input as deployment({}) with data.platlint.inventory as inv
	some f in r
	f.msg == `Deployment shop/web runs 3 replicas but no PodDisruptionBudget in namespace "shop" selects its pods`
}
