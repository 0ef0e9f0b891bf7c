# METADATA
# title: Lambda function uses a deprecated runtime
# description: >-
#   Lambda stops applying security patches to a runtime once it is deprecated, then
#   blocks creating and updating functions that use it. The runtimes flagged are those
#   whose deprecation date has passed (Node.js 20 and older, Python 3.10 and older,
#   .NET 8 and older, Ruby 3.2 and older, go1.x, java8 and the Amazon Linux 1 provided
#   runtime); the list is kept up to date with the platlint release.
# related_resources:
#   - ref: https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html#runtimes-deprecated
#   - ref: https://docs.aws.amazon.com/lambda/latest/dg/runtime-support-policy.html
# custom:
#   id: PL-TF-071
#   severity: medium
#   rationale: Unpatched language runtimes accumulate known vulnerabilities, and deployments will start to fail.
#   input: terraform
#   resources: [aws_lambda_function]
#   tags: [aws, lambda, patching]
#   remediation: >-
#     Move the function to a supported runtime such as `runtime = "python3.13"`, `"nodejs22.x"`,
#     `"java21"`, `"dotnet10"` or `"provided.al2023"` and test it, since major versions are not backward compatible.
package platlint.terraform.lambda_deprecated_runtime

# deprecated holds the runtime identifiers whose Lambda deprecation date had
# passed when this release was made.
deprecated := {
	"nodejs", "nodejs4.3", "nodejs4.3-edge", "nodejs6.10", "nodejs8.10", "nodejs10.x", "nodejs12.x",
	"nodejs14.x", "nodejs16.x", "nodejs18.x", "nodejs20.x",
	"python2.7", "python3.6", "python3.7", "python3.8", "python3.9", "python3.10",
	"java8",
	"dotnetcore1.0", "dotnetcore2.0", "dotnetcore2.1", "dotnetcore3.1", "dotnet5.0", "dotnet6", "dotnet7", "dotnet8",
	"ruby2.5", "ruby2.7", "ruby3.2",
	"go1.x", "provided",
}

deny contains finding if {
	some name, fn in input.resource.aws_lambda_function
	fn.runtime in deprecated
	finding := {
		"msg": sprintf("aws_lambda_function.%s uses the deprecated runtime %s", [name, fn.runtime]),
		"path": ["resource", "aws_lambda_function", name, "runtime"],
	}
}
