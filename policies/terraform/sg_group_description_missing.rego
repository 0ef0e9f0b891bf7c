# METADATA
# title: Security group without a description
# description: >-
#   A security group's description is what the console, Security Hub findings
#   and audits show to explain why the group exists. Without one the provider
#   writes "Managed by Terraform", which says nothing. The description cannot
#   be changed in place later (changing it replaces the group), so it should
#   be right from the start.
# related_resources:
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group#description
#   - ref: https://docs.aws.amazon.com/vpc/latest/userguide/creating-security-groups.html
# custom:
#   id: PL-TF-025
#   severity: low
#   rationale: A missing description slows reviews and incident response but exposes nothing.
#   input: terraform
#   resources: [aws_security_group]
#   tags: [aws, ec2, network, hygiene]
#   remediation: Set `description = "HTTPS from the public load balancer to the web tier"` (what the group is for and who talks to it).
package platlint.terraform.sg_group_description_missing

deny contains finding if {
	some name, sg in input.resource.aws_security_group
	description := object.get(sg, "description", "")
	meaningless(description)
	finding := {
		"msg": sprintf("aws_security_group.%s has no description (the provider writes \"Managed by Terraform\")", [name]),
		"path": description_path(name, sg),
	}
}

meaningless(d) if {
	is_string(d)
	trim_space(d) in {"", "Managed by Terraform"}
}

meaningless(d) if d == null

description_path(name, sg) := ["resource", "aws_security_group", name, "description"] if "description" in object.keys(sg)

description_path(name, sg) := ["resource", "aws_security_group", name] if not "description" in object.keys(sg)
