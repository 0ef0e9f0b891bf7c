package platlint.terraform.google_compute_firewall_open_test

import data.platlint.terraform.google_compute_firewall_open as rule

firewall(body) := {"resource": {"google_compute_firewall": {"fw": object.union({"name": "fw", "network": "${google_compute_network.vpc.name}"}, body)}}}

test_ssh_from_anywhere if {
	r := rule.deny with input as firewall({
		"source_ranges": ["10.0.0.0/8", "0.0.0.0/0"],
		"allow": [{"protocol": "tcp", "ports": ["22"]}],
	})
	count(r) == 1
	some f in r
	f.path == ["resource", "google_compute_firewall", "fw", "source_ranges", 1]
	contains(f.msg, "SSH (22)")
}

test_rdp_in_a_port_range if {
	r := rule.deny with input as firewall({
		"source_ranges": ["0.0.0.0/0"],
		"allow": [{"protocol": "tcp", "ports": ["80", "3000-4000"]}],
	})
	count(r) == 1
	some f in r
	contains(f.msg, "RDP (3389)")
}

test_all_protocols if {
	r := rule.deny with input as firewall({"source_ranges": ["::/0"], "allow": [{"protocol": "all"}]})
	count(r) == 1
	some f in r
	contains(f.msg, "all protocols and ports")
}

test_tcp_without_ports if {
	r := rule.deny with input as firewall({"source_ranges": ["0.0.0.0/0"], "allow": [{"protocol": "tcp"}]})
	count(r) == 1
	some f in r
	contains(f.msg, "all TCP ports")
}

test_numeric_ports if {
	r := rule.deny with input as firewall({"source_ranges": ["0.0.0.0/0"], "allow": [{"protocol": "tcp", "ports": [22]}]})
	count(r) == 1
}

test_iap_range_is_fine if {
	count(rule.deny) == 0 with input as firewall({
		"source_ranges": ["35.235.240.0/20"],
		"allow": [{"protocol": "tcp", "ports": ["22", "3389"]}],
	})
}

test_public_https_is_fine if {
	count(rule.deny) == 0 with input as firewall({
		"source_ranges": ["0.0.0.0/0"],
		"allow": [{"protocol": "tcp", "ports": ["80", "443"]}, {"protocol": "icmp"}],
	})
}

test_egress_disabled_and_unknown_are_fine if {
	count(rule.deny) == 0 with input as firewall({"direction": "EGRESS", "destination_ranges": ["0.0.0.0/0"], "allow": [{"protocol": "all"}]})
	count(rule.deny) == 0 with input as firewall({"disabled": true, "source_ranges": ["0.0.0.0/0"], "allow": [{"protocol": "all"}]})
	count(rule.deny) == 0 with input as firewall({"source_ranges": "${var.ranges}", "allow": [{"protocol": "all"}]})
	count(rule.deny) == 0 with input as firewall({"source_ranges": ["0.0.0.0/0"], "allow": [{"protocol": "tcp", "ports": "${var.ports}"}]})
}

test_udp_is_not_admin_access if {
	count(rule.deny) == 0 with input as firewall({"source_ranges": ["0.0.0.0/0"], "allow": [{"protocol": "udp", "ports": ["3389", "500-4500"]}]})
}
