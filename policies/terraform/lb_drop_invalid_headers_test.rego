package platlint.terraform.lb_drop_invalid_headers_test

import data.platlint.terraform.lb_drop_invalid_headers as hdr

test_public_alb_without_setting if {
	r := hdr.deny with input as {"resource": {"aws_lb": {"web": {"name": "web", "load_balancer_type": "application"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_lb", "web"]
}

test_false_points_at_the_attribute if {
	r := hdr.deny with input as {"resource": {"aws_alb": {"web": {"drop_invalid_header_fields": false}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_alb", "web", "drop_invalid_header_fields"]
}

test_dropping_alb_is_fine if {
	count(hdr.deny) == 0 with input as {"resource": {"aws_lb": {"web": {"drop_invalid_header_fields": true}}}}
}

test_internal_and_network_lbs_are_not_checked if {
	count(hdr.deny) == 0 with input as {"resource": {"aws_lb": {
		"internal": {"internal": true},
		"maybe": {"internal": "${var.internal}"},
		"nlb": {"load_balancer_type": "network"},
	}}}
}
