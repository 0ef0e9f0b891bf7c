package platlint.terraform.sg_database_port_world_test

import data.platlint.terraform.sg_database_port_world as p

pg := {"description": "PostgreSQL", "from_port": 5432, "to_port": 5432, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]}

test_postgres_from_world if {
	r := p.deny with input as {"resource": {"aws_security_group": {"db": {"ingress": [pg]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_security_group", "db", "ingress", 0, "cidr_blocks"]
	f.msg == "aws_security_group.db ingress rule 0 allows 0.0.0.0/0 to tcp port 5432 (PostgreSQL)"
}

test_range_with_several_databases_is_one_finding if {
	r := p.deny with input as {"resource": {"aws_security_group_rule": {"wide": object.union(pg, {"type": "ingress", "from_port": 3000, "to_port": 6000})}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_security_group_rule", "wide", "cidr_blocks"]
	f.msg == "aws_security_group_rule.wide allows 0.0.0.0/0 to tcp ports 3000-6000, which include MySQL/MariaDB 3306, PostgreSQL 5432, Redshift 5439"
}

test_memcached_udp if {
	count(p.deny) == 1 with input as {"resource": {"aws_vpc_security_group_ingress_rule": {"mc": {"cidr_ipv4": "0.0.0.0/0", "ip_protocol": "17", "from_port": 11211, "to_port": 11211}}}}
}

test_postgres_from_app_security_group_is_fine if {
	count(p.deny) == 0 with input as {"resource": {"aws_security_group": {"db": {"ingress": [object.union(object.remove(pg, ["cidr_blocks"]), {"security_groups": ["${aws_security_group.app.id}"]})]}}}}
}

test_postgres_from_private_range_is_fine if {
	count(p.deny) == 0 with input as {"resource": {"aws_vpc_security_group_ingress_rule": {"pg": {"cidr_ipv4": "10.0.0.0/16", "ip_protocol": "tcp", "from_port": 5432, "to_port": 5432}}}}
}

test_ports_from_variables_are_not_flagged if {
	count(p.deny) == 0 with input as {"resource": {"aws_security_group": {"db": {"ingress": [object.union(pg, {"from_port": "${var.port}", "to_port": "${var.port}"})]}}}}
}
