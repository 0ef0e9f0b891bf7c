# METADATA
# title: Security group allows SSH from the internet
# description: >-
#   An ingress rule from 0.0.0.0/0 or ::/0 that opens TCP port 22 exposes SSH
#   to the whole internet, where it is scanned and brute-forced within
#   minutes. Inline ingress blocks of aws_security_group and
#   aws_default_security_group, aws_security_group_rule and
#   aws_vpc_security_group_ingress_rule are all checked. Rules that open every
#   port are reported by PL-TF-023 instead.
# related_resources:
#   - ref: https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-group-rules.html
#   - ref: https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-13
#   - ref: https://www.cisecurity.org/benchmark/amazon_web_services
# custom:
#   id: PL-TF-020
#   severity: high
#   rationale: An internet-facing SSH port is attacked continuously and one weak key or unpatched daemon gives a shell.
#   input: terraform
#   resources: [aws_security_group, aws_default_security_group, aws_security_group_rule, aws_vpc_security_group_ingress_rule]
#   tags: [aws, ec2, network, ssh]
#   remediation: >-
#     Limit the source to known ranges (`cidr_blocks = [var.admin_cidr]`) or, better, close port 22
#     and reach instances through AWS Systems Manager Session Manager or EC2 Instance Connect Endpoint.
package platlint.terraform.sg_ssh_world

import data.platlint.lib.aws

deny contains finding if {
	some w in aws.world_rules
	w.rule.direction == "ingress"
	not aws.all_ports(w.rule)
	aws.covers_port(w.rule, 22, {"tcp"})
	finding := {
		"msg": sprintf("%s allows %s to %s", [w.rule.label, w.cidr, aws.port_text(w.rule, 22, "SSH")]),
		"path": w.path,
	}
}
