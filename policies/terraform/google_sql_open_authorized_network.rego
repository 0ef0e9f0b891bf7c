# METADATA
# title: Cloud SQL instance authorizes connections from the whole internet
# description: >-
#   An authorized_networks entry of 0.0.0.0/0 on an instance with a public IP
#   lets any address on the internet reach the database port, leaving only the
#   database password between an attacker and the data.
# related_resources:
#   - ref: https://cloud.google.com/sql/docs/mysql/authorize-networks
#   - ref: https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#authorized_networks
#   - ref: https://www.cisecurity.org/benchmark/google_cloud_computing_platform
#     description: CIS Google Cloud Platform Foundation Benchmark, recommendation 6.5
# custom:
#   id: PL-TF-103
#   severity: critical
#   rationale: The database listens to the whole internet, open to credential stuffing and to any server vulnerability.
#   input: terraform
#   resources: [google_sql_database_instance]
#   tags: [gcp, cloudsql, network, public-access]
#   remediation: >-
#     List only the client ranges that need access (`authorized_networks { value = "203.0.113.0/24" }`), or better
#     connect through the Cloud SQL Auth Proxy or a private IP (`ipv4_enabled = false` with `private_network`).
package platlint.terraform.google_sql_open_authorized_network

world := {"0.0.0.0/0", "0.0.0.0", "::/0"}

deny contains finding if {
	some name, r in input.resource.google_sql_database_instance
	some i, s in r.settings
	some j, ip in s.ip_configuration
	not object.get(ip, "ipv4_enabled", true) in {false, "false"}
	some k, net in ip.authorized_networks
	net.value in world
	finding := {
		"msg": sprintf("google_sql_database_instance.%s authorizes %s, so its public IP accepts connections from the whole internet", [name, net.value]),
		"path": ["resource", "google_sql_database_instance", name, "settings", i, "ip_configuration", j, "authorized_networks", k, "value"],
	}
}
