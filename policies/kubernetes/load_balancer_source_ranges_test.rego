package platlint.kubernetes.load_balancer_source_ranges_test

import data.platlint.kubernetes.load_balancer_source_ranges as p

service(annotations, spec) := {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "api", "namespace": "shop", "annotations": annotations}, "spec": object.union({"type": "LoadBalancer", "ports": [{"port": 443}]}, spec)}

test_no_ranges if {
	r := p.deny with input as service({}, {})
	count(r) == 1
	some f in r
	f.path == ["spec", "type"]
	f.msg == "Service shop/api is a public LoadBalancer without loadBalancerSourceRanges, open to any address"
}

test_open_range if {
	r := p.deny with input as service({}, {"loadBalancerSourceRanges": ["10.0.0.0/8", "0.0.0.0/0"]})
	count(r) == 1
	some f in r
	f.path == ["spec", "loadBalancerSourceRanges", 1]
}

test_open_annotation if {
	r := p.deny with input as service({"service.beta.kubernetes.io/load-balancer-source-ranges": "203.0.113.0/24, 0.0.0.0/0"}, {})
	count(r) == 1
	some f in r
	f.path == ["metadata", "annotations", "service.beta.kubernetes.io/load-balancer-source-ranges"]
}

test_restricted_ranges_are_fine if {
	count(p.deny) == 0 with input as service({}, {"loadBalancerSourceRanges": ["203.0.113.0/24"]})
	count(p.deny) == 0 with input as service({"service.beta.kubernetes.io/load-balancer-source-ranges": "203.0.113.0/24"}, {})
}

test_internal_load_balancers_are_fine if {
	count(p.deny) == 0 with input as service({"service.beta.kubernetes.io/aws-load-balancer-scheme": "internal"}, {})
	count(p.deny) == 0 with input as service({"networking.gke.io/load-balancer-type": "Internal"}, {})
	count(p.deny) == 0 with input as service({"service.beta.kubernetes.io/azure-load-balancer-internal": "true"}, {})
}

test_other_types_are_fine if {
	count(p.deny) == 0 with input as service({}, {"type": "ClusterIP"})
}
