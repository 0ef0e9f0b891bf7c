# METADATA
# title: Load balancer listener accepts TLS 1.0 or 1.1
# description: >-
#   An HTTPS or TLS listener whose ssl_policy is not one of the TLS 1.2+ security
#   policies (ELBSecurityPolicy-TLS13-1-2-*, -TLS13-1-3-*, -TLS-1-2-*, -FS-1-2-*) still
#   negotiates the deprecated TLS 1.0 or 1.1. Leaving ssl_policy unset is flagged too: the
#   API then applies ELBSecurityPolicy-2016-08, which accepts TLS 1.0.
# related_resources:
#   - ref: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html
#   - ref: https://docs.aws.amazon.com/elasticloadbalancing/latest/network/describe-ssl-policies.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_listener#ssl_policy
# custom:
#   id: PL-TF-063
#   severity: medium
#   rationale: Old protocol versions allow downgrade attacks and fail PCI DSS, but need an active attacker on the path.
#   input: terraform
#   resources: [aws_lb_listener, aws_alb_listener]
#   tags: [aws, elb, tls, encryption-in-transit]
#   remediation: >-
#     Set `ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06"` (TLS 1.3 and 1.2), or a
#     `-TLS13-1-3-` policy when every client supports TLS 1.3.
package platlint.terraform.lb_listener_tls_policy

import data.platlint.lib.terraform as tf

listener_types := ["aws_lb_listener", "aws_alb_listener"]

tls_listener(l) if {
	is_string(l.protocol)
	upper(l.protocol) in {"HTTPS", "TLS"}
}

modern(policy) if regex.match(`^ELBSecurityPolicy-(TLS13-1-[23]-|TLS-1-2-|FS-1-2-)`, policy)

deny contains finding if {
	some type in listener_types
	some name, l in input.resource[type]
	tls_listener(l)
	not "ssl_policy" in object.keys(l)
	finding := {
		"msg": sprintf("%s.%s sets no ssl_policy, so it gets ELBSecurityPolicy-2016-08, which accepts TLS 1.0", [type, name]),
		"path": ["resource", type, name],
	}
}

deny contains finding if {
	some type in listener_types
	some name, l in input.resource[type]
	tls_listener(l)
	policy := l.ssl_policy
	is_string(policy)
	not tf.is_reference(policy)
	not modern(policy)
	finding := {
		"msg": sprintf("%s.%s uses ssl_policy %q, which accepts TLS versions older than 1.2", [type, name, policy]),
		"path": ["resource", type, name, "ssl_policy"],
	}
}
