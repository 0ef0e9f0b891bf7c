package platlint.terraform.lambda_tracing_test

import data.platlint.terraform.lambda_tracing as tr

test_function_without_tracing if {
	r := tr.deny with input as {"resource": {"aws_lambda_function": {"api": {"function_name": "api", "runtime": "python3.13"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_lambda_function", "api"]
}

test_pass_through_points_at_the_mode if {
	r := tr.deny with input as {"resource": {"aws_lambda_function": {"api": {"tracing_config": [{"mode": "PassThrough"}]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_lambda_function", "api", "tracing_config", 0, "mode"]
}

test_active_tracing_is_fine if {
	count(tr.deny) == 0 with input as {"resource": {"aws_lambda_function": {
		"api": {"tracing_config": [{"mode": "Active"}]},
		"var": {"tracing_config": [{"mode": "${var.tracing_mode}"}]},
	}}}
}

test_lambda_at_edge_is_not_checked if {
	count(tr.deny) == 0 with input as {"resource": {
		"aws_lambda_function": {"headers": {"function_name": "security-headers", "runtime": "nodejs22.x", "publish": true}},
		"aws_cloudfront_distribution": {"cdn": {"default_cache_behavior": [{
			"viewer_protocol_policy": "redirect-to-https",
			"lambda_function_association": [{"event_type": "viewer-response", "lambda_arn": "${aws_lambda_function.headers.qualified_arn}"}],
		}]}},
	}}
}
