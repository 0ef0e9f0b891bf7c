# METADATA
# title: Security group allows a database port from the internet
# description: >-
#   An ingress rule from 0.0.0.0/0 or ::/0 that opens a database or cache
#   port — MySQL/MariaDB 3306, PostgreSQL 5432, SQL Server 1433, Oracle 1521,
#   MongoDB 27017, Redis 6379, Elasticsearch/OpenSearch 9200, Redshift 5439,
#   Memcached 11211 — puts the data store one leaked or default password away
#   from the internet. All the security group rule styles are checked; rules
#   that open every port are reported by PL-TF-023 instead.
# related_resources:
#   - ref: https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-group-rules.html
#   - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.RDSSecurityGroups.html
# custom:
#   id: PL-TF-022
#   severity: high
#   rationale: Exposed data stores are mass-scanned and wiped or ransomed, often through default or missing credentials.
#   input: terraform
#   resources: [aws_security_group, aws_default_security_group, aws_security_group_rule, aws_vpc_security_group_ingress_rule]
#   tags: [aws, ec2, network, database]
#   remediation: >-
#     Allow the port only from the application's security group
#     (`security_groups = [aws_security_group.app.id]`, or `referenced_security_group_id` on
#     aws_vpc_security_group_ingress_rule) or from private CIDR ranges.
package platlint.terraform.sg_database_port_world

import data.platlint.lib.aws

# database_ports maps each port to the service and the protocols it
# listens on.
database_ports := {
	1433: {"name": "SQL Server", "protocols": {"tcp"}},
	1521: {"name": "Oracle", "protocols": {"tcp"}},
	3306: {"name": "MySQL/MariaDB", "protocols": {"tcp"}},
	5432: {"name": "PostgreSQL", "protocols": {"tcp"}},
	5439: {"name": "Redshift", "protocols": {"tcp"}},
	6379: {"name": "Redis", "protocols": {"tcp"}},
	9200: {"name": "Elasticsearch/OpenSearch", "protocols": {"tcp"}},
	11211: {"name": "Memcached", "protocols": {"tcp", "udp"}},
	27017: {"name": "MongoDB", "protocols": {"tcp"}},
}

deny contains finding if {
	some w in aws.world_rules
	w.rule.direction == "ingress"
	not aws.all_ports(w.rule)
	exposed := sort([port | some port, db in database_ports; aws.covers_port(w.rule, port, db.protocols)])
	count(exposed) > 0
	finding := {
		"msg": sprintf("%s allows %s to %s", [w.rule.label, w.cidr, describe(w.rule, exposed)]),
		"path": w.path,
	}
}

describe(rule, exposed) := aws.port_text(rule, port, database_ports[port].name) if {
	count(exposed) == 1
	port := exposed[0]
}

describe(rule, exposed) := sprintf("%s ports %v-%v, which include %s", [aws.protocol(rule), from, to, concat(", ", names)]) if {
	count(exposed) > 1
	[from, to] := aws.port_range(rule)
	names := [sprintf("%s %v", [database_ports[port].name, port]) | some port in exposed]
}
