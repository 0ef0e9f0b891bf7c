# METADATA
# title: VPC without flow logs
# description: >-
#   A VPC with no aws_flow_log attached (vpc_id referring to it, directly or through a
#   local, or a flow-log module given its id) records no network traffic metadata, so
#   connections to and from compromised instances cannot be reconstructed. VPCs are not
#   flagged when a flow log's VPC cannot be resolved (for_each, variables).
# related_resources:
#   - ref: https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/flow_log
#   - ref: https://www.cisecurity.org/benchmark/amazon_web_services
# custom:
#   id: PL-TF-076
#   severity: medium
#   rationale: Missing network logs blind detection and forensics without exposing anything by themselves.
#   input: terraform
#   resources: [aws_vpc, aws_flow_log]
#   tags: [aws, vpc, logging, network, cis-aws]
#   remediation: >-
#     Add `resource "aws_flow_log" "main" { vpc_id = aws_vpc.main.id traffic_type = "ALL"
#     log_destination_type = "s3" log_destination = aws_s3_bucket.flow_logs.arn }` (or a CloudWatch log group with an IAM role).
package platlint.terraform.vpc_flow_logs

import data.platlint.lib.terraform as tf

flow_logs := object.get(input, ["resource", "aws_flow_log"], {})

deny contains finding if {
	some name, _ in input.resource.aws_vpc
	not has_flow_log(name)
	not flow_module(name)
	not unresolved_flow_log
	finding := {
		"msg": sprintf("aws_vpc.%s has no aws_flow_log", [name]),
		"path": ["resource", "aws_vpc", name],
	}
}

# The VPCs the flow logs name, gathered once (directly, or through a
# local), so that a module with many VPCs costs lookups.
covered_vpcs contains name if {
	some fl in flow_logs
	some name in tf.mentioned(fl.vpc_id, "aws_vpc")
}

covered_vpcs contains name if {
	some fl in flow_logs
	some lname in tf.mentioned(fl.vpc_id, "local")
	some name in tf.mentioned(input.locals[lname], "aws_vpc")
}

has_flow_log(name) if name in covered_vpcs

# flow_module holds when a module that looks like a flow-log module (by name or
# source) is given the VPC's id.
flow_module(name) if {
	some mname, m in input.module
	regex.match(`(?i)flow`, sprintf("%s %v", [mname, object.get(m, "source", "")]))
	some arg in m
	tf.refers_to(arg, "aws_vpc", name)
}

# unresolved_flow_log holds when some flow log's VPC is computed in a way that
# names no VPC of the module (each.value, a variable), so it may be any of them.
unresolved_flow_log if {
	some fl in flow_logs
	tf.is_reference(fl.vpc_id)
	not names_some_vpc(fl.vpc_id)
}

names_some_vpc(v) if {
	some name in tf.mentioned(v, "aws_vpc")
	input.resource.aws_vpc[name]
}

names_some_vpc(v) if {
	some lname in tf.mentioned(v, "local")
	some name in tf.mentioned(input.locals[lname], "aws_vpc")
	input.resource.aws_vpc[name]
}
