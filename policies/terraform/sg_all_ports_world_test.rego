package platlint.terraform.sg_all_ports_world_test

import data.platlint.terraform.sg_all_ports_world as p

all := {"description": "everything", "from_port": 0, "to_port": 0, "protocol": "-1", "cidr_blocks": ["0.0.0.0/0"]}

test_protocol_minus_one_from_world if {
	r := p.deny with input as {"resource": {"aws_security_group": {"open": {"ingress": [all]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_security_group", "open", "ingress", 0, "cidr_blocks"]
	f.msg == "aws_security_group.open ingress rule 0 allows 0.0.0.0/0 to every protocol and port"
}

test_tcp_full_range_on_rule if {
	r := p.deny with input as {"resource": {"aws_security_group_rule": {"open": object.union(all, {"type": "ingress", "protocol": "tcp", "to_port": 65535})}}}
	count(r) == 1
	some f in r
	f.msg == "aws_security_group_rule.open allows 0.0.0.0/0 to every tcp port"
}

test_vpc_rule_all_protocols_ipv6 if {
	r := p.deny with input as {"resource": {"aws_vpc_security_group_ingress_rule": {"open": {"cidr_ipv6": "::/0", "ip_protocol": "-1"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_vpc_security_group_ingress_rule", "open", "cidr_ipv6"]
}

test_all_from_vpc_is_fine if {
	count(p.deny) == 0 with input as {"resource": {"aws_security_group": {"open": {"ingress": [object.union(all, {"cidr_blocks": ["10.0.0.0/16"]})]}}}}
}

test_self_referencing_rule_is_fine if {
	count(p.deny) == 0 with input as {"resource": {"aws_security_group": {"cluster": {"ingress": [object.union(object.remove(all, ["cidr_blocks"]), {"self": true})]}}}}
}

test_egress_all_is_not_ingress if {
	count(p.deny) == 0 with input as {"resource": {"aws_security_group": {"open": {"egress": [all]}}}}
}
