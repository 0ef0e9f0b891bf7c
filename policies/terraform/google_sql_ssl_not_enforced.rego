# METADATA
# title: Cloud SQL instance accepts unencrypted connections
# description: >-
#   Unless ssl_mode is ENCRYPTED_ONLY or TRUSTED_CLIENT_CERTIFICATE_REQUIRED (or,
#   on providers before 6.0, require_ssl = true), Cloud SQL accepts plaintext
#   connections on its IP addresses, so credentials and query results can be
#   read on the wire. The default is ALLOW_UNENCRYPTED_AND_ENCRYPTED.
# related_resources:
#   - ref: https://cloud.google.com/sql/docs/postgres/configure-ssl-instance
#   - ref: https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#ssl_mode
#   - ref: https://www.cisecurity.org/benchmark/google_cloud_computing_platform
#     description: CIS Google Cloud Platform Foundation Benchmark, recommendation 6.4
# custom:
#   id: PL-TF-104
#   severity: high
#   rationale: Database credentials and data cross the network in clear text whenever a client does not ask for TLS.
#   input: terraform
#   resources: [google_sql_database_instance]
#   tags: [gcp, cloudsql, encryption-in-transit]
#   remediation: >-
#     Set `ssl_mode = "ENCRYPTED_ONLY"` (or `"TRUSTED_CLIENT_CERTIFICATE_REQUIRED"`) in `settings { ip_configuration { ... } }`;
#     with providers before 5.x set `require_ssl = true`.
package platlint.terraform.google_sql_ssl_not_enforced

import data.platlint.lib.terraform as tf

encrypted_modes := {"ENCRYPTED_ONLY", "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"}

deny contains finding if {
	some name, r in input.resource.google_sql_database_instance
	not dynamic_ip_configuration(r)
	[suffix, ip] := ip_configuration(r)
	not enforced(ip)
	finding := {
		"msg": sprintf("google_sql_database_instance.%s %s", [name, reason(ip)]),
		"path": array.concat(["resource", "google_sql_database_instance", name], array.concat(suffix, attr(ip))),
	}
}

# ip_configuration returns the path of the most specific block that exists
# and the ip_configuration body ({} when absent).
ip_configuration(r) := [["settings", 0, "ip_configuration", 0], r.settings[0].ip_configuration[0]] if is_object(r.settings[0].ip_configuration[0])

ip_configuration(r) := [["settings", 0], {}] if {
	is_object(r.settings[0])
	not is_object(object.get(r, ["settings", 0, "ip_configuration", 0], null))
}

ip_configuration(r) := [[], {}] if not is_object(object.get(r, ["settings", 0], null))

dynamic_ip_configuration(r) if r.dynamic.settings

dynamic_ip_configuration(r) if r.settings[0].dynamic.ip_configuration

enforced(ip) if ip.ssl_mode in encrypted_modes

enforced(ip) if tf.is_reference(ip.ssl_mode)

enforced(ip) if {
	not "ssl_mode" in object.keys(ip)
	tf.is_true(ip.require_ssl)
}

enforced(ip) if {
	not "ssl_mode" in object.keys(ip)
	tf.is_reference(ip.require_ssl)
}

attr(ip) := ["ssl_mode"] if "ssl_mode" in object.keys(ip)

attr(ip) := ["require_ssl"] if {
	not "ssl_mode" in object.keys(ip)
	"require_ssl" in object.keys(ip)
}

attr(ip) := [] if {
	not "ssl_mode" in object.keys(ip)
	not "require_ssl" in object.keys(ip)
}

reason(ip) := sprintf("has ssl_mode %q, which accepts unencrypted connections", [ip.ssl_mode]) if "ssl_mode" in object.keys(ip)

reason(ip) := "sets require_ssl = false, so it accepts unencrypted connections" if {
	not "ssl_mode" in object.keys(ip)
	"require_ssl" in object.keys(ip)
}

reason(ip) := "sets no ssl_mode, so it accepts unencrypted connections (the default is ALLOW_UNENCRYPTED_AND_ENCRYPTED)" if {
	not "ssl_mode" in object.keys(ip)
	not "require_ssl" in object.keys(ip)
}
