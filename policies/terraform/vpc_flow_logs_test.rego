package platlint.terraform.vpc_flow_logs_test

import data.platlint.terraform.vpc_flow_logs as fl

vpc := {"cidr_block": "10.0.0.0/16", "enable_dns_hostnames": true}

test_vpc_without_flow_log if {
	r := fl.deny with input as {"resource": {"aws_vpc": {"main": vpc}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_vpc", "main"]
}

test_flow_log_for_another_vpc_does_not_count if {
	r := fl.deny with input as {"resource": {
		"aws_vpc": {"main": vpc, "shared": vpc},
		"aws_flow_log": {"main": {"vpc_id": "${aws_vpc.main.id}", "traffic_type": "ALL"}},
	}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_vpc", "shared"]
}

test_flow_log_by_reference_is_fine if {
	count(fl.deny) == 0 with input as {"resource": {
		"aws_vpc": {"main": vpc},
		"aws_flow_log": {"main": {"vpc_id": "${aws_vpc.main.id}", "traffic_type": "ALL", "log_destination_type": "s3"}},
	}}
}

test_flow_log_through_a_local_is_fine if {
	count(fl.deny) == 0 with input as {
		"locals": {"vpc_id": "${aws_vpc.main.id}"},
		"resource": {"aws_vpc": {"main": vpc}, "aws_flow_log": {"main": {"vpc_id": "${local.vpc_id}"}}},
	}
}

test_flow_log_module_is_fine if {
	count(fl.deny) == 0 with input as {
		"module": {"vpc_flow_logs": {"source": "./modules/flow-logs", "vpc_id": "${aws_vpc.main.id}"}},
		"resource": {"aws_vpc": {"main": vpc}},
	}
}

test_unresolved_flow_log_is_not_flagged if {
	count(fl.deny) == 0 with input as {"resource": {
		"aws_vpc": {"main": vpc},
		"aws_flow_log": {"all": {"for_each": "${aws_vpc.main[*]}", "vpc_id": "${each.value.id}"}},
	}}
}
