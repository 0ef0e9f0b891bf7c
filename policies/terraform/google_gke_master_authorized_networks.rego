# METADATA
# title: GKE control plane reachable from any address
# description: >-
#   A cluster with a public control-plane endpoint and no
#   master_authorized_networks_config (or one that lists 0.0.0.0/0) accepts
#   Kubernetes API connections from the whole internet. Clusters whose public
#   endpoint is off (enable_private_endpoint = true, or the IP endpoints
#   disabled in control_plane_endpoints_config so only the IAM-guarded DNS
#   endpoint remains) are not reported.
# related_resources:
#   - ref: https://cloud.google.com/kubernetes-engine/docs/how-to/authorized-networks
#   - ref: https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#master_authorized_networks_config
#   - ref: https://www.cisecurity.org/benchmark/kubernetes
#     description: "CIS GKE Benchmark: Ensure Control Plane Authorized Networks is Enabled"
# custom:
#   id: PL-TF-115
#   severity: high
#   rationale: The API server becomes a target for every credential leak and Kubernetes vulnerability on the internet.
#   input: terraform
#   resources: [google_container_cluster]
#   tags: [gcp, gke, kubernetes, network, public-access]
#   remediation: >-
#     Add `master_authorized_networks_config { cidr_blocks { cidr_block = "203.0.113.0/24", display_name = "office" } }`,
#     or turn the public endpoint off with `private_cluster_config { enable_private_endpoint = true }` or
#     `control_plane_endpoints_config { ip_endpoints_config { enabled = false } }`.
package platlint.terraform.google_gke_master_authorized_networks

import data.platlint.lib.terraform as tf

world := {"0.0.0.0/0", "0.0.0.0", "::/0"}

deny contains finding if {
	some name, r in input.resource.google_container_cluster
	not r.master_authorized_networks_config
	not r.dynamic.master_authorized_networks_config
	not public_endpoint_off(r)
	finding := {
		"msg": sprintf("google_container_cluster.%s has a public control-plane endpoint and no master_authorized_networks_config", [name]),
		"path": ["resource", "google_container_cluster", name],
	}
}

deny contains finding if {
	some name, r in input.resource.google_container_cluster
	some i, man in r.master_authorized_networks_config
	some j, block in man.cidr_blocks
	block.cidr_block in world
	not public_endpoint_off(r)
	finding := {
		"msg": sprintf("google_container_cluster.%s authorizes %s to reach the control plane", [name, block.cidr_block]),
		"path": ["resource", "google_container_cluster", name, "master_authorized_networks_config", i, "cidr_blocks", j, "cidr_block"],
	}
}

public_endpoint_off(r) if tf.is_true(r.private_cluster_config[0].enable_private_endpoint)

public_endpoint_off(r) if tf.is_reference(r.private_cluster_config[0].enable_private_endpoint)

public_endpoint_off(r) if r.control_plane_endpoints_config[0].ip_endpoints_config[0].enabled in {false, "false"}

public_endpoint_off(r) if tf.is_reference(r.control_plane_endpoints_config[0].ip_endpoints_config[0].enabled)

public_endpoint_off(r) if r.dynamic.private_cluster_config

public_endpoint_off(r) if r.dynamic.control_plane_endpoints_config
