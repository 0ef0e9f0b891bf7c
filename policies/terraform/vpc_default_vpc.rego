# METADATA
# title: Default VPC or subnet managed for use
# description: >-
#   aws_default_vpc and aws_default_subnet adopt the network every account gets in each
#   region, whose subnets are all public and auto-assign public IP addresses. Placing
#   workloads there skips the network design (private subnets, flow logs, tight security
#   groups) a purpose-built VPC gets.
# related_resources:
#   - ref: https://docs.aws.amazon.com/vpc/latest/userguide/default-vpc.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/default_vpc
# custom:
#   id: PL-TF-077
#   severity: low
#   rationale: The default VPC is a weaker baseline rather than an exposure in itself.
#   input: terraform
#   resources: [aws_default_vpc, aws_default_subnet]
#   tags: [aws, vpc, network]
#   remediation: >-
#     Create an `aws_vpc` with private subnets for the workloads, and delete the default VPC
#     in each region (for example `aws ec2 delete-vpc` in an account baseline) instead of managing it.
package platlint.terraform.vpc_default_vpc

deny contains finding if {
	some type in ["aws_default_vpc", "aws_default_subnet"]
	some name, _ in input.resource[type]
	finding := {
		"msg": sprintf("%s.%s manages the account's default network instead of a purpose-built VPC", [type, name]),
		"path": ["resource", type, name],
	}
}
