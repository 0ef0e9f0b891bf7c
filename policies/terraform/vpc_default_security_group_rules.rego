# METADATA
# title: Default security group allows traffic
# description: >-
#   Every VPC has a default security group that resources join when no group is given.
#   When aws_default_security_group declares ingress or egress rules, or separate rule
#   resources add some to it, anything launched without an explicit group silently gets
#   that access. Declaring the group with no rules, which removes all of them, is the
#   compliant idiom.
# related_resources:
#   - ref: https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/default_security_group
#   - ref: https://www.cisecurity.org/benchmark/amazon_web_services
# custom:
#   id: PL-TF-078
#   severity: medium
#   rationale: Accidental membership in a permissive default group opens lateral movement paths nobody reviewed.
#   input: terraform
#   resources: [aws_default_security_group, aws_security_group_rule, aws_vpc_security_group_ingress_rule, aws_vpc_security_group_egress_rule]
#   tags: [aws, vpc, network, security-group, cis-aws]
#   remediation: >-
#     Declare `resource "aws_default_security_group" "default" { vpc_id = aws_vpc.main.id }` with
#     no ingress or egress blocks, and give every resource its own security group.
package platlint.terraform.vpc_default_security_group_rules

import data.platlint.lib.terraform as tf

deny contains finding if {
	some name, sg in input.resource.aws_default_security_group
	some direction in ["ingress", "egress"]
	is_array(sg[direction])
	some i, _ in sg[direction]
	finding := {
		"msg": sprintf("aws_default_security_group.%s declares an %s rule, so resources left in the default group get that access", [name, direction]),
		"path": ["resource", "aws_default_security_group", name, direction, i],
	}
}

deny contains finding if {
	some name, sg in input.resource.aws_default_security_group
	some direction in ["ingress", "egress"]
	sg.dynamic[direction]
	finding := {
		"msg": sprintf("aws_default_security_group.%s declares dynamic %s rules, so resources left in the default group get that access", [name, direction]),
		"path": ["resource", "aws_default_security_group", name, "dynamic", direction],
	}
}

rule_types := ["aws_security_group_rule", "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule"]

deny contains finding if {
	some type in rule_types
	some rname, rule in input.resource[type]
	some name in tf.mentioned(rule.security_group_id, "aws_default_security_group")
	input.resource.aws_default_security_group[name]
	finding := {
		"msg": sprintf("%s.%s adds a rule to the default security group aws_default_security_group.%s", [type, rname, name]),
		"path": ["resource", type, rname, "security_group_id"],
	}
}
