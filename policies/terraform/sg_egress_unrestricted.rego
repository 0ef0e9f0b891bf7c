# METADATA
# title: Security group allows all outbound traffic to the internet
# description: >-
#   An egress rule to 0.0.0.0/0 or ::/0 with every protocol or every port lets
#   a compromised workload download tooling and exfiltrate data anywhere.
#   Limiting egress to the ports and destinations a service needs (HTTPS, the
#   VPC, VPC endpoints, prefix lists) contains an intrusion. A group without
#   any egress block is fine: Terraform removes the default allow-all rule.
#   Rules of aws_default_security_group are left to PL-TF-078, which wants
#   that group empty.
# related_resources:
#   - ref: https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-group-rules.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group
# custom:
#   id: PL-TF-024
#   severity: low
#   rationale: Open egress does not expose anything by itself; it widens what an attacker who is already inside can do.
#   input: terraform
#   resources: [aws_security_group, aws_security_group_rule, aws_vpc_security_group_egress_rule]
#   tags: [aws, ec2, network, egress]
#   remediation: >-
#     Replace the allow-all rule with the traffic the service needs, e.g. `egress { protocol = "tcp"
#     from_port = 443 to_port = 443 cidr_blocks = ["0.0.0.0/0"] }`, and reach AWS APIs through VPC endpoints.
package platlint.terraform.sg_egress_unrestricted

import data.platlint.lib.aws

deny contains finding if {
	some w in aws.world_rules
	w.rule.direction == "egress"

	# The default group should hold no rule at all: PL-TF-078 reports it.
	w.rule.path[1] != "aws_default_security_group"
	aws.all_ports(w.rule)
	finding := {
		"msg": sprintf("%s allows all outbound traffic to %s", [w.rule.label, w.cidr]),
		"path": w.path,
	}
}
