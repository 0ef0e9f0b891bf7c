package platlint.terraform.vpc_default_security_group_rules_test

import data.platlint.terraform.vpc_default_security_group_rules as dsg

test_default_group_with_self_ingress if {
	r := dsg.deny with input as {"resource": {"aws_default_security_group": {"default": {
		"vpc_id": "${aws_vpc.main.id}",
		"ingress": [{"protocol": "-1", "self": true, "from_port": 0, "to_port": 0}],
	}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_default_security_group", "default", "ingress", 0]
}

test_dynamic_egress if {
	r := dsg.deny with input as {"resource": {"aws_default_security_group": {"default": {"dynamic": {"egress": {"for_each": "${var.egress}", "content": [{"protocol": "-1"}]}}}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_default_security_group", "default", "dynamic", "egress"]
}

test_separate_rule_resource if {
	r := dsg.deny with input as {"resource": {
		"aws_default_security_group": {"default": {"vpc_id": "${aws_vpc.main.id}"}},
		"aws_vpc_security_group_ingress_rule": {"ssh": {"security_group_id": "${aws_default_security_group.default.id}", "cidr_ipv4": "10.0.0.0/8", "ip_protocol": "tcp", "from_port": 22, "to_port": 22}},
	}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_vpc_security_group_ingress_rule", "ssh", "security_group_id"]
}

test_default_group_without_rules_is_fine if {
	count(dsg.deny) == 0 with input as {"resource": {
		"aws_default_security_group": {"default": {"vpc_id": "${aws_vpc.main.id}", "ingress": [], "egress": []}},
		"aws_vpc_security_group_ingress_rule": {"web": {"security_group_id": "${aws_security_group.web.id}", "ip_protocol": "tcp"}},
	}}
}
