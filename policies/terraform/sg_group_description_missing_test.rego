package platlint.terraform.sg_group_description_missing_test

import data.platlint.terraform.sg_group_description_missing as p

test_group_without_description if {
	r := p.deny with input as {"resource": {"aws_security_group": {"web": {"name": "web", "vpc_id": "${var.vpc_id}"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_security_group", "web"]
}

test_placeholder_description_points_at_it if {
	r := p.deny with input as {"resource": {"aws_security_group": {"web": {"description": "Managed by Terraform"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_security_group", "web", "description"]
}

test_description_is_fine if {
	count(p.deny) == 0 with input as {"resource": {"aws_security_group": {"web": {"description": "HTTPS from the public ALB"}}}}
}

test_description_from_variable_is_fine if {
	count(p.deny) == 0 with input as {"resource": {"aws_security_group": {"web": {"description": "${var.description}"}}}}
}
