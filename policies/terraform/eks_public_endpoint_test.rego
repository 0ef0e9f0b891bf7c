package platlint.terraform.eks_public_endpoint_test

import data.platlint.terraform.eks_public_endpoint as ep

subnets := ["${aws_subnet.private_a.id}", "${aws_subnet.private_b.id}"]

test_defaults_are_public_to_everyone if {
	r := ep.deny with input as {"resource": {"aws_eks_cluster": {"main": {"name": "main", "vpc_config": [{"subnet_ids": subnets}]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_eks_cluster", "main", "vpc_config", 0]
}

test_explicit_public_without_cidrs_points_at_the_attribute if {
	r := ep.deny with input as {"resource": {"aws_eks_cluster": {"main": {"vpc_config": [{"subnet_ids": subnets, "endpoint_public_access": true}]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_eks_cluster", "main", "vpc_config", 0, "endpoint_public_access"]
}

test_world_cidr_points_at_the_cidr if {
	r := ep.deny with input as {"resource": {"aws_eks_cluster": {"main": {"vpc_config": [{
		"endpoint_public_access": true,
		"public_access_cidrs": ["198.51.100.0/24", "0.0.0.0/0"],
	}]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_eks_cluster", "main", "vpc_config", 0, "public_access_cidrs", 1]
}

test_private_endpoint_is_fine if {
	count(ep.deny) == 0 with input as {"resource": {"aws_eks_cluster": {"main": {"vpc_config": [{
		"subnet_ids": subnets, "endpoint_private_access": true, "endpoint_public_access": false,
	}]}}}}
}

test_public_endpoint_limited_to_known_cidrs_is_fine if {
	count(ep.deny) == 0 with input as {"resource": {"aws_eks_cluster": {"main": {"vpc_config": [{
		"endpoint_public_access": true,
		"public_access_cidrs": ["203.0.113.10/32", "${var.office_cidr}"],
	}]}}}}
}

test_unknown_values_are_not_flagged if {
	count(ep.deny) == 0 with input as {"resource": {"aws_eks_cluster": {
		"a": {"vpc_config": [{"endpoint_public_access": "${var.public}"}]},
		"b": {"vpc_config": [{"public_access_cidrs": "${var.cidrs}"}]},
	}}}
}
