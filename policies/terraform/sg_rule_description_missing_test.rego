package platlint.terraform.sg_rule_description_missing_test

import data.platlint.terraform.sg_rule_description_missing as p

https := {"description": "HTTPS from the ALB", "from_port": 443, "to_port": 443, "protocol": "tcp", "security_groups": ["${aws_security_group.alb.id}"]}

test_inline_rule_without_description_points_at_block if {
	r := p.deny with input as {"resource": {"aws_security_group": {"web": {"ingress": [https, object.remove(https, ["description"])]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_security_group", "web", "ingress", 1]
	f.msg == "aws_security_group.web ingress rule 1 has no description"
}

test_empty_description_on_rule_resource if {
	r := p.deny with input as {"resource": {"aws_security_group_rule": {"https": object.union(https, {"type": "ingress", "description": ""})}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_security_group_rule", "https", "description"]
}

test_vpc_rules if {
	r := p.deny with input as {"resource": {"aws_vpc_security_group_egress_rule": {"https": {"ip_protocol": "tcp", "from_port": 443, "to_port": 443, "cidr_ipv4": "10.0.0.0/8"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_vpc_security_group_egress_rule", "https"]
}

test_described_rules_are_fine if {
	count(p.deny) == 0 with input as {"resource": {
		"aws_security_group": {"web": {"ingress": [https], "egress": [https]}},
		"aws_vpc_security_group_ingress_rule": {"https": {"description": "HTTPS", "ip_protocol": "tcp"}},
	}}
}

test_dynamic_description_from_iterator_is_fine if {
	count(p.deny) == 0 with input as {"resource": {"aws_security_group": {"web": {"dynamic": {"ingress": {"content": [object.union(https, {"description": "${ingress.value.description}"})]}}}}}}
}

test_default_group_is_left_to_its_own_rule if {
	count(p.deny) == 0 with input as {"resource": {"aws_default_security_group": {"main": {"ingress": [object.remove(https, ["description"])]}}}}
}
