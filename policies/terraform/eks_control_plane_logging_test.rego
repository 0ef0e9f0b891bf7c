package platlint.terraform.eks_control_plane_logging_test

import data.platlint.terraform.eks_control_plane_logging as logs

test_no_logs if {
	r := logs.deny with input as {"resource": {"aws_eks_cluster": {"main": {"name": "main"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_eks_cluster", "main"]
}

test_partial_logs_point_at_the_attribute if {
	r := logs.deny with input as {"resource": {"aws_eks_cluster": {"main": {"enabled_cluster_log_types": ["api", "scheduler"]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_eks_cluster", "main", "enabled_cluster_log_types"]
	contains(f.msg, "audit, authenticator")
}

test_required_logs_are_fine if {
	count(logs.deny) == 0 with input as {"resource": {"aws_eks_cluster": {"main": {"enabled_cluster_log_types": ["api", "audit", "authenticator", "controllerManager", "scheduler"]}}}}
}

test_logs_from_variable_are_not_flagged if {
	count(logs.deny) == 0 with input as {"resource": {"aws_eks_cluster": {
		"a": {"enabled_cluster_log_types": "${var.log_types}"},
		"b": {"enabled_cluster_log_types": ["api", "${var.extra_log_type}"]},
	}}}
}
