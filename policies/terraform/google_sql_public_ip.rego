# METADATA
# title: Cloud SQL instance has a public IP address
# description: >-
#   ip_configuration.ipv4_enabled defaults to true, giving the instance an
#   address on the internet. Even with no authorized networks it widens the
#   attack surface and invites someone to add 0.0.0.0/0 later; private IP (or
#   Private Service Connect) keeps the database inside the VPC.
# related_resources:
#   - ref: https://cloud.google.com/sql/docs/mysql/configure-private-ip
#   - ref: https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#ipv4_enabled
#   - ref: https://www.cisecurity.org/benchmark/google_cloud_computing_platform
#     description: CIS Google Cloud Platform Foundation Benchmark, recommendation 6.6
# custom:
#   id: PL-TF-106
#   severity: medium
#   rationale: A public endpoint is reachable from the internet, though connections still need an authorized network or the Auth Proxy.
#   input: terraform
#   resources: [google_sql_database_instance]
#   tags: [gcp, cloudsql, network]
#   remediation: >-
#     Set `ipv4_enabled = false` and `private_network = google_compute_network.NAME.id` in
#     `settings { ip_configuration { ... } }`, and connect over private IP.
package platlint.terraform.google_sql_public_ip

import data.platlint.lib.terraform as tf

deny contains finding if {
	some name, r in input.resource.google_sql_database_instance
	not r.dynamic.settings
	not r.settings[0].dynamic.ip_configuration
	[suffix, ip] := ip_configuration(r)
	tf.is_true(object.get(ip, "ipv4_enabled", true))
	finding := {
		"msg": sprintf("google_sql_database_instance.%s has a public IPv4 address (ipv4_enabled %s)", [name, how(ip)]),
		"path": array.concat(["resource", "google_sql_database_instance", name], array.concat(suffix, attr(ip))),
	}
}

ip_configuration(r) := [["settings", 0, "ip_configuration", 0], r.settings[0].ip_configuration[0]] if is_object(r.settings[0].ip_configuration[0])

ip_configuration(r) := [["settings", 0], {}] if {
	is_object(r.settings[0])
	not is_object(object.get(r, ["settings", 0, "ip_configuration", 0], null))
}

ip_configuration(r) := [[], {}] if not is_object(object.get(r, ["settings", 0], null))

attr(ip) := ["ipv4_enabled"] if "ipv4_enabled" in object.keys(ip)

attr(ip) := [] if not "ipv4_enabled" in object.keys(ip)

how(ip) := "is true" if "ipv4_enabled" in object.keys(ip)

how(ip) := "defaults to true" if not "ipv4_enabled" in object.keys(ip)
