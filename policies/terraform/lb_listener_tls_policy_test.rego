package platlint.terraform.lb_listener_tls_policy_test

import data.platlint.terraform.lb_listener_tls_policy as tls

listener(extra) := object.union({"load_balancer_arn": "${aws_lb.web.arn}", "port": 443, "protocol": "HTTPS", "certificate_arn": "${aws_acm_certificate.web.arn}"}, extra)

test_old_policy_points_at_the_attribute if {
	r := tls.deny with input as {"resource": {"aws_lb_listener": {"https": listener({"ssl_policy": "ELBSecurityPolicy-2016-08"})}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_lb_listener", "https", "ssl_policy"]
}

test_missing_policy_points_at_the_listener if {
	r := tls.deny with input as {"resource": {"aws_alb_listener": {"https": listener({})}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_alb_listener", "https"]
}

test_tls13_policy_that_still_allows_tls10_is_flagged if {
	count(tls.deny) == 2 with input as {"resource": {"aws_lb_listener": {
		"a": listener({"ssl_policy": "ELBSecurityPolicy-TLS13-1-0-2021-06"}),
		"b": listener({"protocol": "TLS", "ssl_policy": "ELBSecurityPolicy-TLS-1-1-2017-01"}),
	}}}
}

test_modern_policies_are_fine if {
	count(tls.deny) == 0 with input as {"resource": {"aws_lb_listener": {
		"a": listener({"ssl_policy": "ELBSecurityPolicy-TLS13-1-2-2021-06"}),
		"b": listener({"ssl_policy": "ELBSecurityPolicy-TLS13-1-3-2021-06"}),
		"c": listener({"ssl_policy": "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09"}),
		"d": listener({"ssl_policy": "ELBSecurityPolicy-TLS-1-2-Ext-2018-06"}),
		"e": listener({"ssl_policy": "ELBSecurityPolicy-FS-1-2-Res-2020-10"}),
		"f": listener({"protocol": "TLS", "ssl_policy": "${var.ssl_policy}"}),
	}}}
}

test_plain_listeners_are_not_checked if {
	count(tls.deny) == 0 with input as {"resource": {"aws_lb_listener": {
		"http": {"port": 80, "protocol": "HTTP"},
		"tcp": {"port": 5432, "protocol": "TCP"},
	}}}
}
