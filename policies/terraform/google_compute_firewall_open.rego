# METADATA
# title: VPC firewall rule opens SSH, RDP or all ports to the internet
# description: >-
#   An enabled INGRESS google_compute_firewall rule with a source range of
#   0.0.0.0/0 (or ::/0) that allows TCP port 22, TCP port 3389, every TCP port
#   or protocol "all" exposes remote administration to the whole internet.
#   Rules limited to Identity-Aware Proxy (35.235.240.0/20), to your own ranges
#   or to other ports such as 443 are not reported.
# related_resources:
#   - ref: https://cloud.google.com/firewall/docs/firewalls
#   - ref: https://cloud.google.com/iap/docs/using-tcp-forwarding
#   - ref: https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_firewall
#   - ref: https://www.cisecurity.org/benchmark/google_cloud_computing_platform
#     description: CIS Google Cloud Platform Foundation Benchmark, recommendations 3.6 and 3.7
# custom:
#   id: PL-TF-107
#   severity: high
#   rationale: Internet-facing SSH and RDP are scanned within minutes and are a leading way into cloud networks.
#   input: terraform
#   resources: [google_compute_firewall]
#   tags: [gcp, network, firewall, public-access]
#   remediation: >-
#     Replace 0.0.0.0/0 with the ranges that need access, or reach instances through IAP TCP forwarding with
#     `source_ranges = ["35.235.240.0/20"]`; open only the ports the service serves.
package platlint.terraform.google_compute_firewall_open

import data.platlint.lib.terraform as tf

world := {"0.0.0.0/0", "0.0.0.0", "::/0"}

deny contains finding if {
	some name, r in input.resource.google_compute_firewall
	upper(object.get(r, "direction", "INGRESS")) == "INGRESS"
	not tf.is_true(object.get(r, "disabled", false))
	open := [i | some i, range in r.source_ranges; range in world]
	count(open) > 0
	exposed := {e | some allow in r.allow; some e in exposure(allow)}
	count(exposed) > 0
	finding := {
		"msg": sprintf("google_compute_firewall.%s allows %s from %s", [name, concat(", ", sort(exposed)), r.source_ranges[open[0]]]),
		"path": ["resource", "google_compute_firewall", name, "source_ranges", open[0]],
	}
}

# exposure names what an allow block opens among the ports this rule cares about.
exposure(allow) := {"all protocols and ports"} if lower(allow.protocol) == "all"

exposure(allow) := {"all TCP ports"} if {
	lower(allow.protocol) in {"tcp", "6"}
	count(object.get(allow, "ports", [])) == 0
}

exposure(allow) := exposed if {
	lower(allow.protocol) in {"tcp", "6"}
	is_array(allow.ports)
	count(allow.ports) > 0
	exposed := {label | some port, label in admin_ports; some p in allow.ports; covers(p, port)}
}

admin_ports := {22: "SSH (22)", 3389: "RDP (3389)"}

covers(p, port) if {
	[lo, hi] := port_range(p)
	lo <= port
	port <= hi
}

port_range(p) := [p, p] if is_number(p)

port_range(p) := [n, n] if {
	is_string(p)
	regex.match(`^[0-9]+$`, p)
	n := to_number(p)
}

port_range(p) := [to_number(parts[0]), to_number(parts[1])] if {
	is_string(p)
	regex.match(`^[0-9]+-[0-9]+$`, p)
	parts := split(p, "-")
}
