package platlint.terraform.sg_egress_unrestricted_test

import data.platlint.terraform.sg_egress_unrestricted as p

all := {"description": "all", "from_port": 0, "to_port": 0, "protocol": "-1", "cidr_blocks": ["0.0.0.0/0"]}

test_inline_allow_all_egress if {
	r := p.deny with input as {"resource": {"aws_security_group": {"web": {"egress": [all]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_security_group", "web", "egress", 0, "cidr_blocks"]
}

test_vpc_egress_rule_all if {
	r := p.deny with input as {"resource": {"aws_vpc_security_group_egress_rule": {"all": {"cidr_ipv4": "0.0.0.0/0", "ip_protocol": "-1"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_vpc_security_group_egress_rule", "all", "cidr_ipv4"]
}

test_https_egress_is_fine if {
	count(p.deny) == 0 with input as {"resource": {"aws_security_group": {"web": {"egress": [object.union(all, {"protocol": "tcp", "from_port": 443, "to_port": 443})]}}}}
}

test_all_egress_inside_vpc_is_fine if {
	count(p.deny) == 0 with input as {"resource": {"aws_security_group_rule": {"vpc": object.union(all, {"type": "egress", "cidr_blocks": ["10.0.0.0/16"]})}}}
}

test_no_egress_block_is_fine if {
	count(p.deny) == 0 with input as {"resource": {"aws_security_group": {"web": {"description": "web"}}}}
}

test_default_group_is_left_to_its_own_rule if {
	count(p.deny) == 0 with input as {"resource": {"aws_default_security_group": {"main": {"egress": [all]}}}}
}
