package platlint.terraform.ecr_tag_mutability_test

import data.platlint.terraform.ecr_tag_mutability as mut

test_default_is_mutable if {
	r := mut.deny with input as {"resource": {"aws_ecr_repository": {"api": {"name": "api"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_ecr_repository", "api"]
}

test_explicit_mutable_points_at_the_attribute if {
	r := mut.deny with input as {"resource": {"aws_ecr_repository": {"api": {"image_tag_mutability": "MUTABLE"}}}}
	some f in r
	f.path == ["resource", "aws_ecr_repository", "api", "image_tag_mutability"]
}

test_immutable_modes_are_fine if {
	count(mut.deny) == 0 with input as {"resource": {"aws_ecr_repository": {
		"api": {"image_tag_mutability": "IMMUTABLE"},
		"web": {"image_tag_mutability": "IMMUTABLE_WITH_EXCLUSION", "image_tag_mutability_exclusion_filter": [{"filter": "latest", "filter_type": "WILDCARD"}]},
		"dev": {"image_tag_mutability": "MUTABLE_WITH_EXCLUSION", "image_tag_mutability_exclusion_filter": [{"filter": "v*", "filter_type": "WILDCARD"}]},
	}}}
}

test_value_from_variable_is_not_flagged if {
	count(mut.deny) == 0 with input as {"resource": {"aws_ecr_repository": {"api": {"image_tag_mutability": "${var.mutability}"}}}}
}
