# METADATA
# title: Internet-facing load balancer listener serves plain HTTP
# description: >-
#   An HTTP listener of an internet-facing Application Load Balancer that does not
#   redirect to HTTPS carries requests, cookies and credentials in clear text across the
#   internet. Listeners whose default action redirects to HTTPS, listeners that only
#   answer with a fixed response, and listeners of load balancers declared internal in
#   the module are accepted.
# related_resources:
#   - ref: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html
#   - ref: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/listener-update-rules.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_listener
# custom:
#   id: PL-TF-062
#   severity: high
#   rationale: Anyone on the network path can read and alter the traffic, including session cookies and passwords.
#   input: terraform
#   resources: [aws_lb_listener, aws_alb_listener, aws_lb, aws_alb]
#   tags: [aws, elb, tls, encryption-in-transit]
#   remediation: >-
#     Serve the application on an HTTPS listener and make the port 80 listener redirect:
#     `default_action { type = "redirect" redirect { port = "443" protocol = "HTTPS" status_code = "HTTP_301" } }`.
package platlint.terraform.lb_listener_http

import data.platlint.lib.terraform as tf

listener_types := ["aws_lb_listener", "aws_alb_listener"]

lb_types := ["aws_lb", "aws_alb"]

deny contains finding if {
	some type in listener_types
	some name, l in input.resource[type]
	plain_http(l)
	not internal_lb(l)
	not redirects_to_https(l)
	not fixed_response_only(type, name, l)
	not l.dynamic.default_action
	finding := {
		"msg": sprintf("%s.%s serves plain HTTP without redirecting to HTTPS", [type, name]),
		"path": protocol_path(type, name, l),
	}
}

plain_http(l) if {
	is_string(l.protocol)
	upper(l.protocol) == "HTTP"
}

# Without protocol an Application Load Balancer listener is HTTP; the load
# balancer must be known to be one, or the port must be 80.
plain_http(l) if {
	not "protocol" in object.keys(l)
	not l.certificate_arn
	application_lb(l)
}

plain_http(l) if {
	not "protocol" in object.keys(l)
	not l.certificate_arn
	l.port in {80, "80"}
}

# lb_of is the load balancer of the module the listener is attached to.
# A listener whose ARN names several load balancers (a conditional) has no
# single one: it is treated as unknown.
lb_of(l) := lbs[0] if {
	lbs := [lb |
		some type in lb_types
		some name in tf.mentioned(l.load_balancer_arn, type)
		lb := input.resource[type][name]
	]
	count(lbs) == 1
}

application_lb(l) if object.get(lb_of(l), "load_balancer_type", "application") == "application"

internal_lb(l) if tf.is_true(lb_of(l).internal)

internal_lb(l) if tf.is_reference(lb_of(l).internal)

redirects_to_https(l) if {
	some action in l.default_action
	action.type == "redirect"
	some rd in action.redirect
	secure_protocol(object.get(rd, "protocol", "#{protocol}"))
}

secure_protocol(p) if upper(p) == "HTTPS"

secure_protocol(p) if tf.is_reference(p)

# fixed_response_only holds for a listener that answers every request itself
# (for example with a 404) and has no listener rules forwarding elsewhere.
fixed_response_only(type, name, l) if {
	count(l.default_action) > 0
	every action in l.default_action {
		action.type == "fixed-response"
	}
	not has_rules(type, name)
}

has_rules(type, name) if name in ruled_listeners[type]

# ruled_listeners[type] are the listeners of that type that listener rules
# name, gathered once.
ruled_listeners[type] contains name if {
	some rule_type in ["aws_lb_listener_rule", "aws_alb_listener_rule"]
	some rule in input.resource[rule_type]
	some type in listener_types
	some name in tf.mentioned(rule.listener_arn, type)
}

protocol_path(type, name, l) := ["resource", type, name, "protocol"] if "protocol" in object.keys(l)

protocol_path(type, name, l) := ["resource", type, name] if not "protocol" in object.keys(l)
