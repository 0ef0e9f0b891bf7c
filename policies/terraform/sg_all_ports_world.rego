# METADATA
# title: Security group allows every port from the internet
# description: >-
#   An ingress rule from 0.0.0.0/0 or ::/0 with protocol "-1" (all), or with
#   TCP or UDP ports 0-65535, exposes every service of the attached instances,
#   load balancers and databases to the whole internet, including ones nobody
#   meant to publish. All the security group rule styles are checked.
# related_resources:
#   - ref: https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-group-rules.html
#   - ref: https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-18
# custom:
#   id: PL-TF-023
#   severity: critical
#   rationale: Every listening service, from admin consoles to databases, becomes reachable by anyone.
#   input: terraform
#   resources: [aws_security_group, aws_default_security_group, aws_security_group_rule, aws_vpc_security_group_ingress_rule]
#   tags: [aws, ec2, network]
#   remediation: >-
#     Open only the ports the service needs (e.g. `protocol = "tcp"`, `from_port = 443`,
#     `to_port = 443`) and restrict the source to the callers that need them.
package platlint.terraform.sg_all_ports_world

import data.platlint.lib.aws

deny contains finding if {
	some w in aws.world_rules
	w.rule.direction == "ingress"
	aws.all_ports(w.rule)
	finding := {
		"msg": sprintf("%s allows %s to %s", [w.rule.label, w.cidr, what(w.rule)]),
		"path": w.path,
	}
}

what(rule) := "every protocol and port" if aws.protocol(rule) == "all"

what(rule) := sprintf("every %s port", [aws.protocol(rule)]) if aws.protocol(rule) != "all"
