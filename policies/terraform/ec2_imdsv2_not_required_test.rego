package platlint.terraform.ec2_imdsv2_not_required_test

import data.platlint.terraform.ec2_imdsv2_not_required as p

test_instance_without_metadata_options if {
	r := p.deny with input as {"resource": {"aws_instance": {"web": {"ami": "${data.aws_ami.al2023.id}", "instance_type": "t3.micro"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_instance", "web"]
}

test_optional_tokens_points_at_attribute if {
	r := p.deny with input as {"resource": {"aws_launch_template": {"web": {"metadata_options": [{"http_endpoint": "enabled", "http_tokens": "optional"}]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_launch_template", "web", "metadata_options", 0, "http_tokens"]
}

test_tokens_missing_in_block_points_at_block if {
	r := p.deny with input as {"resource": {"aws_launch_configuration": {"web": {"metadata_options": [{"http_put_response_hop_limit": 1}]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_launch_configuration", "web", "metadata_options", 0]
}

test_required_is_fine if {
	count(p.deny) == 0 with input as {"resource": {
		"aws_instance": {"web": {"metadata_options": [{"http_tokens": "required"}]}},
		"aws_launch_template": {"web": {"metadata_options": [{"http_endpoint": "enabled", "http_tokens": "required", "http_put_response_hop_limit": 2}]}},
	}}
}

test_disabled_endpoint_is_fine if {
	count(p.deny) == 0 with input as {"resource": {"aws_instance": {"web": {"metadata_options": [{"http_endpoint": "disabled"}]}}}}
}

test_instance_from_launch_template_is_judged_on_the_template if {
	count(p.deny) == 0 with input as {"resource": {"aws_instance": {"web": {"launch_template": [{"id": "${aws_launch_template.web.id}"}]}}}}
}

test_account_default_covers_absent_settings if {
	count(p.deny) == 0 with input as {"resource": {
		"aws_ec2_instance_metadata_defaults": {"this": {"http_tokens": "required"}},
		"aws_instance": {"web": {"ami": "ami-123"}, "hop": {"metadata_options": [{"http_put_response_hop_limit": 2}]}},
	}}
}

test_tokens_from_variable_is_not_flagged if {
	count(p.deny) == 0 with input as {"resource": {"aws_instance": {"web": {"metadata_options": [{"http_tokens": "${var.http_tokens}"}]}}}}
}
