package platlint.terraform.apigateway_access_logging_test

import data.platlint.terraform.apigateway_access_logging as logs

test_rest_stage_without_logs if {
	r := logs.deny with input as {"resource": {"aws_api_gateway_stage": {"prod": {"stage_name": "prod", "rest_api_id": "${aws_api_gateway_rest_api.api.id}"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_api_gateway_stage", "prod"]
}

test_http_stage_without_logs if {
	count(logs.deny) == 1 with input as {"resource": {"aws_apigatewayv2_stage": {"default": {"name": "$default", "auto_deploy": true}}}}
}

test_stages_with_logs_are_fine if {
	count(logs.deny) == 0 with input as {"resource": {
		"aws_api_gateway_stage": {"prod": {"access_log_settings": [{"destination_arn": "${aws_cloudwatch_log_group.api.arn}", "format": "$context.requestId"}]}},
		"aws_apigatewayv2_stage": {"default": {"dynamic": {"access_log_settings": {"for_each": "${var.log_group_arn[*]}", "content": [{"destination_arn": "${access_log_settings.value}"}]}}}},
	}}
}
