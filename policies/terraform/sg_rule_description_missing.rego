# METADATA
# title: Security group rule without a description
# description: >-
#   Each ingress and egress rule should say what it is for ("HTTPS from the
#   ALB", "PostgreSQL from the app tier"), so that reviewers can tell a needed
#   rule from a forgotten one and remove the latter safely. Inline blocks,
#   aws_security_group_rule and aws_vpc_security_group_ingress_rule /
#   egress_rule are checked; rules of aws_default_security_group are left to
#   PL-TF-078, which wants that group empty.
# related_resources:
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/vpc_security_group_ingress_rule#description
#   - ref: https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
# custom:
#   id: PL-TF-026
#   severity: low
#   rationale: Undocumented rules accumulate and hide the ones that should be removed, but expose nothing by themselves.
#   input: terraform
#   resources: [aws_security_group, aws_security_group_rule, aws_vpc_security_group_ingress_rule, aws_vpc_security_group_egress_rule]
#   tags: [aws, ec2, network, hygiene]
#   remediation: Add `description = "HTTPS from the public ALB"` to the rule.
package platlint.terraform.sg_rule_description_missing

import data.platlint.lib.aws

deny contains finding if {
	some rule in aws.security_group_rules

	# The default group should hold no rule at all: PL-TF-078 reports it.
	rule.path[1] != "aws_default_security_group"
	description := object.get(rule.body, "description", "")
	missing(description)
	finding := {
		"msg": sprintf("%s has no description", [rule.label]),
		"path": description_path(rule),
	}
}

missing(d) if {
	is_string(d)
	trim_space(d) == ""
}

missing(d) if d == null

description_path(rule) := array.concat(rule.path, ["description"]) if "description" in object.keys(rule.body)

description_path(rule) := rule.path if not "description" in object.keys(rule.body)
