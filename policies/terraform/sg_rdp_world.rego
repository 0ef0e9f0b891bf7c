# METADATA
# title: Security group allows RDP from the internet
# description: >-
#   An ingress rule from 0.0.0.0/0 or ::/0 that opens port 3389 (TCP or UDP)
#   exposes Windows Remote Desktop to the whole internet, a favourite entry
#   point for ransomware. All the security group rule styles are checked;
#   rules that open every port are reported by PL-TF-023 instead.
# related_resources:
#   - ref: https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-group-rules.html
#   - ref: https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-14
#   - ref: https://www.cisecurity.org/benchmark/amazon_web_services
# custom:
#   id: PL-TF-021
#   severity: high
#   rationale: Internet-facing RDP is brute-forced constantly and has a history of pre-authentication exploits.
#   input: terraform
#   resources: [aws_security_group, aws_default_security_group, aws_security_group_rule, aws_vpc_security_group_ingress_rule]
#   tags: [aws, ec2, network, rdp]
#   remediation: >-
#     Limit the source to known ranges (`cidr_blocks = [var.admin_cidr]`) or close port 3389 and
#     use Systems Manager Fleet Manager or a VPN to reach Windows hosts.
package platlint.terraform.sg_rdp_world

import data.platlint.lib.aws

deny contains finding if {
	some w in aws.world_rules
	w.rule.direction == "ingress"
	not aws.all_ports(w.rule)
	aws.covers_port(w.rule, 3389, {"tcp", "udp"})
	finding := {
		"msg": sprintf("%s allows %s to %s", [w.rule.label, w.cidr, aws.port_text(w.rule, 3389, "RDP")]),
		"path": w.path,
	}
}
