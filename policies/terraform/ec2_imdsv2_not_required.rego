# METADATA
# title: EC2 instance metadata service does not require IMDSv2
# description: >-
#   With http_tokens = "optional" (the default when metadata_options is left
#   out) the instance metadata service answers plain IMDSv1 GET requests, so
#   a server-side request forgery in any application on the instance can read
#   the instance role's credentials. IMDSv2 session tokens block that.
#   aws_instance, aws_launch_template and aws_launch_configuration are
#   checked; metadata disabled with http_endpoint = "disabled" is fine, an
#   aws_instance launched from a launch template is judged on the template,
#   and nothing is reported when the module sets the account default with
#   aws_ec2_instance_metadata_defaults http_tokens = "required".
# related_resources:
#   - ref: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/instance#metadata-options
#   - ref: https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-8
# custom:
#   id: PL-TF-034
#   severity: high
#   rationale: IMDSv1 turns any SSRF bug into theft of the instance role's AWS credentials.
#   input: terraform
#   resources: [aws_instance, aws_launch_template, aws_launch_configuration]
#   tags: [aws, ec2, imds, credentials]
#   remediation: >-
#     Add `metadata_options { http_endpoint = "enabled" http_tokens = "required"
#     http_put_response_hop_limit = 1 }` (hop limit 2 for containers on the host).
package platlint.terraform.ec2_imdsv2_not_required

import data.platlint.lib.terraform as tf

import data.platlint.lib.aws

types := ["aws_instance", "aws_launch_template", "aws_launch_configuration"]

deny contains finding if {
	some type in types
	some name, r in input.resource[type]
	not aws.imdsv2_required_by_default
	count(object.get(r, "metadata_options", [])) == 0
	not from_template(type, r)
	finding := {
		"msg": sprintf("%s.%s has no metadata_options, so IMDSv1 stays enabled (http_tokens defaults to \"optional\")", [type, name]),
		"path": ["resource", type, name],
	}
}

deny contains finding if {
	some type in types
	some name, r in input.resource[type]
	some i, m in r.metadata_options
	not object.get(m, "http_endpoint", "enabled") == "disabled"
	tokens := object.get(m, "http_tokens", "optional")
	tokens != "required"
	not tf.is_reference(tokens)
	not defaulted(m)
	finding := {
		"msg": sprintf("%s.%s sets http_tokens = %q, so the metadata service accepts IMDSv1 requests", [type, name, tokens]),
		"path": tokens_path(type, name, i, m),
	}
}

# An absent http_tokens follows the account default when the module sets it.
defaulted(m) if {
	not "http_tokens" in object.keys(m)
	aws.imdsv2_required_by_default
}

from_template("aws_instance", r) if count(object.get(r, "launch_template", [])) > 0

tokens_path(type, name, i, m) := ["resource", type, name, "metadata_options", i, "http_tokens"] if "http_tokens" in object.keys(m)

tokens_path(type, name, i, m) := ["resource", type, name, "metadata_options", i] if not "http_tokens" in object.keys(m)
