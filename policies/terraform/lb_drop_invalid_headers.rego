# METADATA
# title: Application Load Balancer forwards invalid HTTP headers
# description: >-
#   Unless drop_invalid_header_fields = true, an Application Load Balancer passes header
#   names that are not valid HTTP to the targets, which helps request smuggling and
#   header injection against back ends that parse them differently. Internal load
#   balancers declared in the module are not checked.
# related_resources:
#   - ref: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#load-balancer-attributes
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb#drop_invalid_header_fields
# custom:
#   id: PL-TF-064
#   severity: medium
#   rationale: It removes one precondition for desync and injection attacks whose impact depends on the back end.
#   input: terraform
#   resources: [aws_lb, aws_alb]
#   tags: [aws, elb, http]
#   remediation: >-
#     Set `drop_invalid_header_fields = true` on the load balancer.
package platlint.terraform.lb_drop_invalid_headers

import data.platlint.lib.terraform as tf

deny contains finding if {
	some type in ["aws_lb", "aws_alb"]
	some name, lb in input.resource[type]
	object.get(lb, "load_balancer_type", "application") == "application"
	internal := object.get(lb, "internal", false)
	not tf.is_true(internal)
	not tf.is_reference(internal)
	value := object.get(lb, "drop_invalid_header_fields", false)
	not tf.is_true(value)
	not tf.is_reference(value)
	finding := {
		"msg": sprintf("%s.%s does not set drop_invalid_header_fields = true", [type, name]),
		"path": attr_path(type, name, lb),
	}
}

attr_path(type, name, lb) := ["resource", type, name, "drop_invalid_header_fields"] if "drop_invalid_header_fields" in object.keys(lb)

attr_path(type, name, lb) := ["resource", type, name] if not "drop_invalid_header_fields" in object.keys(lb)
