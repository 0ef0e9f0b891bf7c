# METADATA
# title: Compute instance with an external IP address
# description: >-
#   An access_config (or ipv6_access_config) block in a network interface gives
#   the instance an address on the internet. Instances behind a load balancer,
#   Cloud NAT and IAP need none, and each external address is one more host to
#   scan and patch.
# related_resources:
#   - ref: https://cloud.google.com/compute/docs/ip-addresses#externaladdresses
#   - ref: https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#access_config
#   - ref: https://www.cisecurity.org/benchmark/google_cloud_computing_platform
#     description: CIS Google Cloud Platform Foundation Benchmark, recommendation 4.9
# custom:
#   id: PL-TF-112
#   severity: low
#   rationale: An external address alone exposes only what the firewall allows, so it widens the attack surface rather than opening it.
#   input: terraform
#   resources: [google_compute_instance, google_compute_instance_template, google_compute_region_instance_template]
#   tags: [gcp, compute, network]
#   remediation: >-
#     Remove the `access_config {}` block from `network_interface`; use Cloud NAT for egress, a load balancer for
#     ingress and IAP TCP forwarding for administration.
package platlint.terraform.google_compute_public_ip

instance_types := ["google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template"]

deny contains finding if {
	some type in instance_types
	some name, r in input.resource[type]
	some i, nic in r.network_interface
	some block in ["access_config", "ipv6_access_config"]
	some j, _ in nic[block]
	finding := {
		"msg": sprintf("%s.%s network_interface %d has an external IP address (%s)", [type, name, i, block]),
		"path": ["resource", type, name, "network_interface", i, block, j],
	}
}
