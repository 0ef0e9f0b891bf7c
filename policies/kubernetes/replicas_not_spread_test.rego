package platlint.kubernetes.replicas_not_spread_test

import data.platlint.kubernetes.replicas_not_spread as p

statefulset(replicas, spec) := {"apiVersion": "apps/v1", "kind": "StatefulSet", "metadata": {"name": "db", "namespace": "data"}, "spec": {
	"replicas": replicas,
	"template": {"metadata": {"labels": {"app": "db"}}, "spec": object.union({"containers": [{"name": "pg"}]}, spec)},
}}

test_not_spread if {
	r := p.deny with input as statefulset(3, {})
	count(r) == 1
	some f in r
	f.path == ["spec", "template", "spec"]
	f.msg == "StatefulSet data/db runs 3 replicas without topologySpreadConstraints or podAntiAffinity, so they may share a node"
}

test_topology_spread_is_fine if {
	count(p.deny) == 0 with input as statefulset(3, {"topologySpreadConstraints": [{"maxSkew": 1, "topologyKey": "kubernetes.io/hostname", "whenUnsatisfiable": "DoNotSchedule", "labelSelector": {"matchLabels": {"app": "db"}}}]})
}

test_anti_affinity_is_fine if {
	count(p.deny) == 0 with input as statefulset(3, {"affinity": {"podAntiAffinity": {"preferredDuringSchedulingIgnoredDuringExecution": [{"weight": 100, "podAffinityTerm": {"topologyKey": "kubernetes.io/hostname", "labelSelector": {"matchLabels": {"app": "db"}}}}]}}})
}

test_node_affinity_alone_does_not_spread if {
	count(p.deny) == 1 with input as statefulset(2, {"affinity": {"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": []}}}})
}

test_one_replica_is_fine if {
	count(p.deny) == 0 with input as statefulset(1, {})
}
