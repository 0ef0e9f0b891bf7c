# METADATA
# title: API Gateway stage without access logging
# description: >-
#   A REST (aws_api_gateway_stage) or HTTP/WebSocket (aws_apigatewayv2_stage) API stage
#   without access_log_settings keeps no record of who called which route, from where and
#   with what result, which is the first thing needed to investigate abuse of an API.
# related_resources:
#   - ref: https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html
#   - ref: https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-logging.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_stage#access_log_settings
# custom:
#   id: PL-TF-083
#   severity: low
#   rationale: Missing access logs hamper investigations but expose nothing.
#   input: terraform
#   resources: [aws_api_gateway_stage, aws_apigatewayv2_stage]
#   tags: [aws, apigateway, logging]
#   remediation: >-
#     Add `access_log_settings { destination_arn = aws_cloudwatch_log_group.api.arn format = jsonencode({...}) }`
#     with at least requestId, sourceIp, identity, routeKey and status.
package platlint.terraform.apigateway_access_logging

deny contains finding if {
	some type in ["aws_api_gateway_stage", "aws_apigatewayv2_stage"]
	some name, stage in input.resource[type]
	count(object.get(stage, "access_log_settings", [])) == 0
	not stage.dynamic.access_log_settings
	finding := {
		"msg": sprintf("%s.%s has no access_log_settings", [type, name]),
		"path": ["resource", type, name],
	}
}
