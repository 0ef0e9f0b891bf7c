package platlint.terraform.lambda_deprecated_runtime_test

import data.platlint.terraform.lambda_deprecated_runtime as rt

test_deprecated_runtime if {
	r := rt.deny with input as {"resource": {"aws_lambda_function": {"api": {"function_name": "api", "runtime": "python3.8"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_lambda_function", "api", "runtime"]
}

test_old_node_and_go if {
	count(rt.deny) == 2 with input as {"resource": {"aws_lambda_function": {"a": {"runtime": "nodejs16.x"}, "b": {"runtime": "go1.x"}}}}
}

test_supported_runtimes_are_fine if {
	count(rt.deny) == 0 with input as {"resource": {"aws_lambda_function": {
		"py": {"runtime": "python3.13"},
		"node": {"runtime": "nodejs22.x"},
		"java": {"runtime": "java21"},
		"custom": {"runtime": "provided.al2023"},
		"image": {"package_type": "Image", "image_uri": "111122223333.dkr.ecr.eu-west-1.amazonaws.com/api@sha256:0123"},
		"var": {"runtime": "${var.runtime}"},
	}}}
}
