# METADATA
# title: Lambda function without active X-Ray tracing
# description: >-
#   Without tracing_config { mode = "Active" } a function only continues traces that an
#   upstream service started, so requests that enter through it, and its calls to other
#   AWS services, cannot be followed when investigating errors or abuse.
# related_resources:
#   - ref: https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function#tracing_config
# custom:
#   id: PL-TF-069
#   severity: low
#   rationale: Tracing is observability that helps investigations; its absence exposes nothing.
#   input: terraform
#   resources: [aws_lambda_function]
#   tags: [aws, lambda, observability]
#   remediation: >-
#     Add `tracing_config { mode = "Active" }` and allow `xray:PutTraceSegments` and
#     `xray:PutTelemetryRecords` to the execution role (the AWSXRayDaemonWriteAccess policy).
package platlint.terraform.lambda_tracing

import data.platlint.lib.terraform as tf

deny contains finding if {
	some name, fn in input.resource.aws_lambda_function
	not fn.tracing_config
	not fn.dynamic.tracing_config
	not edge_function(name)
	finding := {
		"msg": sprintf("aws_lambda_function.%s has no tracing_config with mode = \"Active\"", [name]),
		"path": ["resource", "aws_lambda_function", name],
	}
}

deny contains finding if {
	some name, fn in input.resource.aws_lambda_function
	some i, tc in fn.tracing_config
	not edge_function(name)
	mode := object.get(tc, "mode", "PassThrough")
	mode != "Active"
	not tf.is_reference(mode)
	finding := {
		"msg": sprintf("aws_lambda_function.%s tracing_config mode is %q rather than \"Active\"", [name, mode]),
		"path": mode_path(name, i, tc),
	}
}

mode_path(name, i, tc) := ["resource", "aws_lambda_function", name, "tracing_config", i, "mode"] if "mode" in object.keys(tc)

mode_path(name, i, tc) := ["resource", "aws_lambda_function", name, "tracing_config", i] if not "mode" in object.keys(tc)

# edge_function holds for a function that a CloudFront distribution runs as
# Lambda@Edge, where X-Ray is not supported.
edge_function(name) if {
	some d in input.resource.aws_cloudfront_distribution
	some kind in ["default_cache_behavior", "ordered_cache_behavior"]
	some b in d[kind]
	some assoc in b.lambda_function_association
	tf.refers_to(assoc.lambda_arn, "aws_lambda_function", name)
}
