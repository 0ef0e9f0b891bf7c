package platlint.terraform.sg_rdp_world_test

import data.platlint.terraform.sg_rdp_world as p

rdp := {"description": "RDP", "from_port": 3389, "to_port": 3389, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]}

test_inline_rdp_from_world if {
	r := p.deny with input as {"resource": {"aws_security_group": {"win": {"ingress": [rdp]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_security_group", "win", "ingress", 0, "cidr_blocks"]
}

test_rdp_over_udp_on_vpc_rule if {
	r := p.deny with input as {"resource": {"aws_vpc_security_group_ingress_rule": {"rdp": {"cidr_ipv6": "::/0", "ip_protocol": "udp", "from_port": 3389, "to_port": 3389}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_vpc_security_group_ingress_rule", "rdp", "cidr_ipv6"]
}

test_rdp_from_vpn_range_is_fine if {
	count(p.deny) == 0 with input as {"resource": {"aws_security_group": {"win": {"ingress": [object.union(rdp, {"cidr_blocks": ["10.20.0.0/16"]})]}}}}
}

test_https_from_world_is_fine if {
	count(p.deny) == 0 with input as {"resource": {"aws_security_group": {"win": {"ingress": [object.union(rdp, {"from_port": 443, "to_port": 443})]}}}}
}
