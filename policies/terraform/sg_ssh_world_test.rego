package platlint.terraform.sg_ssh_world_test

import data.platlint.terraform.sg_ssh_world as p

ssh := {"description": "SSH", "from_port": 22, "to_port": 22, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]}

group(ingress) := {"resource": {"aws_security_group": {"web": {"description": "web", "ingress": ingress}}}}

test_inline_ssh_from_world_points_at_cidr_blocks if {
	r := p.deny with input as group([{"description": "HTTPS", "from_port": 443, "to_port": 443, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]}, ssh])
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_security_group", "web", "ingress", 1, "cidr_blocks"]
	f.msg == "aws_security_group.web ingress rule 1 allows 0.0.0.0/0 to tcp port 22 (SSH)"
}

test_ipv6_world_and_port_range if {
	r := p.deny with input as group([object.union(ssh, {"from_port": 0, "to_port": 1024, "protocol": "6", "cidr_blocks": ["10.0.0.0/8"], "ipv6_cidr_blocks": ["::/0"]})])
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_security_group", "web", "ingress", 0, "ipv6_cidr_blocks"]
}

test_security_group_rule if {
	r := p.deny with input as {"resource": {"aws_security_group_rule": {"ssh": object.union(ssh, {"type": "ingress", "security_group_id": "${aws_security_group.web.id}"})}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_security_group_rule", "ssh", "cidr_blocks"]
}

test_vpc_ingress_rule_with_string_ports if {
	r := p.deny with input as {"resource": {"aws_vpc_security_group_ingress_rule": {"ssh": {
		"security_group_id": "${aws_security_group.web.id}",
		"cidr_ipv4": "0.0.0.0/0",
		"ip_protocol": "tcp",
		"from_port": "22",
		"to_port": "22",
	}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_vpc_security_group_ingress_rule", "ssh", "cidr_ipv4"]
}

test_dynamic_block_with_literal_content if {
	r := p.deny with input as {"resource": {"aws_security_group": {"web": {"dynamic": {"ingress": {
		"for_each": "${var.admin_users}",
		"content": [object.union(ssh, {"description": "${ingress.value}"})],
	}}}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_security_group", "web", "dynamic", "ingress", "content", 0, "cidr_blocks"]
}

test_dynamic_block_with_iterator_ports_is_not_flagged if {
	count(p.deny) == 0 with input as {"resource": {"aws_security_group": {"web": {"dynamic": {"ingress": {
		"for_each": "${var.ports}",
		"content": [object.union(ssh, {"from_port": "${ingress.value}", "to_port": "${ingress.value}"})],
	}}}}}}
}

test_ssh_from_office_range_is_fine if {
	count(p.deny) == 0 with input as group([object.union(ssh, {"cidr_blocks": ["203.0.113.0/24"]})])
}

test_ssh_from_variable_is_not_flagged if {
	count(p.deny) == 0 with input as group([object.union(ssh, {"cidr_blocks": "${var.admin_cidrs}"})])
}

test_egress_is_not_ingress if {
	count(p.deny) == 0 with input as {"resource": {"aws_security_group": {"web": {"egress": [ssh]}}}}
}

test_all_ports_is_left_to_the_all_ports_rule if {
	count(p.deny) == 0 with input as group([object.union(ssh, {"protocol": "-1", "from_port": 0, "to_port": 0})])
}

test_udp_22_is_not_ssh if {
	count(p.deny) == 0 with input as group([object.union(ssh, {"protocol": "udp"})])
}
