package platlint.terraform.lb_listener_http_test

import data.platlint.terraform.lb_listener_http as http

public_alb := {"name": "web", "load_balancer_type": "application", "subnets": "${aws_subnet.public[*].id}"}

forward := [{"type": "forward", "target_group_arn": "${aws_lb_target_group.web.arn}"}]

test_http_forward_listener if {
	r := http.deny with input as {"resource": {
		"aws_lb": {"web": public_alb},
		"aws_lb_listener": {"http": {"load_balancer_arn": "${aws_lb.web.arn}", "port": 80, "protocol": "HTTP", "default_action": forward}},
	}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_lb_listener", "http", "protocol"]
}

test_listener_without_protocol_on_application_lb if {
	r := http.deny with input as {"resource": {
		"aws_alb": {"web": {"name": "web"}},
		"aws_alb_listener": {"http": {"load_balancer_arn": "${aws_alb.web.id}", "port": 8080, "default_action": forward}},
	}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_alb_listener", "http"]
}

test_redirect_keeping_the_protocol_is_flagged if {
	count(http.deny) == 1 with input as {"resource": {"aws_lb_listener": {"http": {
		"load_balancer_arn": "${module.alb.arn}", "port": 80, "protocol": "HTTP",
		"default_action": [{"type": "redirect", "redirect": [{"host": "www.example.com", "status_code": "HTTP_301"}]}],
	}}}}
}

test_redirect_to_https_is_fine if {
	count(http.deny) == 0 with input as {"resource": {
		"aws_lb": {"web": public_alb},
		"aws_lb_listener": {"http": {
			"load_balancer_arn": "${aws_lb.web.arn}", "port": "80", "protocol": "HTTP",
			"default_action": [{"type": "redirect", "redirect": [{"port": "443", "protocol": "HTTPS", "status_code": "HTTP_301"}]}],
		}},
	}}
}

test_internal_lb_is_fine if {
	count(http.deny) == 0 with input as {"resource": {
		"aws_lb": {"internal": object.union(public_alb, {"internal": true})},
		"aws_lb_listener": {"http": {"load_balancer_arn": "${aws_lb.internal.arn}", "port": 80, "protocol": "HTTP", "default_action": forward}},
	}}
}

test_fixed_response_without_rules_is_fine if {
	count(http.deny) == 0 with input as {"resource": {"aws_lb_listener": {"http": {
		"load_balancer_arn": "${aws_lb.web.arn}", "port": 80, "protocol": "HTTP",
		"default_action": [{"type": "fixed-response", "fixed_response": [{"content_type": "text/plain", "status_code": "404"}]}],
	}}}}
}

test_fixed_response_with_forwarding_rules_is_flagged if {
	count(http.deny) == 1 with input as {"resource": {
		"aws_lb_listener": {"http": {
			"load_balancer_arn": "${aws_lb.web.arn}", "port": 80, "protocol": "HTTP",
			"default_action": [{"type": "fixed-response", "fixed_response": [{"content_type": "text/plain", "status_code": "404"}]}],
		}},
		"aws_lb_listener_rule": {"api": {"listener_arn": "${aws_lb_listener.http.arn}", "action": forward}},
	}}
}

test_https_and_network_listeners_are_fine if {
	count(http.deny) == 0 with input as {"resource": {
		"aws_lb": {"nlb": {"load_balancer_type": "network"}, "gwlb": {"load_balancer_type": "gateway"}},
		"aws_lb_listener": {
			"https": {"load_balancer_arn": "${aws_lb.web.arn}", "port": 443, "protocol": "HTTPS", "certificate_arn": "${aws_acm_certificate.web.arn}", "default_action": forward},
			"tcp": {"load_balancer_arn": "${aws_lb.nlb.arn}", "port": 5432, "protocol": "TCP", "default_action": forward},
			"gw": {"load_balancer_arn": "${aws_lb.gwlb.arn}", "default_action": forward},
			"unknown": {"load_balancer_arn": "${var.lb_arn}", "port": 80, "protocol": "${var.protocol}", "default_action": forward},
		},
	}}
}

test_listener_on_a_conditional_load_balancer_does_not_conflict if {
	r := http.deny with input as {"resource": {
		"aws_lb": {"a": {"internal": false, "name": "blue"}, "b": {"internal": false, "name": "green"}},
		"aws_lb_listener": {"web": {
			"load_balancer_arn": "${var.blue ? aws_lb.a.arn : aws_lb.b.arn}",
			"port": 80,
			"protocol": "HTTP",
			"default_action": [{"type": "forward", "target_group_arn": "${aws_lb_target_group.x.arn}"}],
		}},
	}}
	count(r) == 1
}
