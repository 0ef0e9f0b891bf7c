package platlint.terraform.ecr_scan_on_push_test

import data.platlint.terraform.ecr_scan_on_push as scan

test_repository_without_scanning if {
	r := scan.deny with input as {"resource": {"aws_ecr_repository": {"api": {"name": "api"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_ecr_repository", "api"]
}

test_scan_on_push_false_points_at_the_attribute if {
	r := scan.deny with input as {"resource": {"aws_ecr_repository": {"api": {"image_scanning_configuration": [{"scan_on_push": false}]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_ecr_repository", "api", "image_scanning_configuration", 0, "scan_on_push"]
}

test_scan_on_push_is_fine if {
	count(scan.deny) == 0 with input as {"resource": {"aws_ecr_repository": {"api": {"image_scanning_configuration": [{"scan_on_push": true}]}}}}
}

test_registry_scanning_covers_repositories if {
	count(scan.deny) == 0 with input as {"resource": {
		"aws_ecr_repository": {"api": {"name": "api"}},
		"aws_ecr_registry_scanning_configuration": {"this": {"scan_type": "ENHANCED", "rule": [{
			"scan_frequency": "CONTINUOUS_SCAN",
			"repository_filter": [{"filter": "*", "filter_type": "WILDCARD"}],
		}]}},
	}}
}

test_dynamic_block_is_not_flagged if {
	count(scan.deny) == 0 with input as {"resource": {"aws_ecr_repository": {"api": {"dynamic": {"image_scanning_configuration": {"for_each": "${var.scan}", "content": [{"scan_on_push": "${image_scanning_configuration.value}"}]}}}}}}
}
