# METADATA
# title: GKE cluster nodes have public IP addresses
# description: >-
#   Without private_cluster_config.enable_private_nodes = true every node gets
#   an external IP address, so kubelets, NodePorts and anything listening on
#   the host network are one firewall mistake away from the internet. Private
#   nodes reach the internet through Cloud NAT instead.
# related_resources:
#   - ref: https://cloud.google.com/kubernetes-engine/docs/how-to/private-clusters
#   - ref: https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#enable_private_nodes
#   - ref: https://www.cisecurity.org/benchmark/kubernetes
#     description: "CIS GKE Benchmark: Ensure clusters are created with Private Nodes"
# custom:
#   id: PL-TF-116
#   severity: medium
#   rationale: Public nodes widen the attack surface, though firewall rules still decide what is reachable.
#   input: terraform
#   resources: [google_container_cluster]
#   tags: [gcp, gke, kubernetes, network]
#   remediation: >-
#     Add `private_cluster_config { enable_private_nodes = true }` (with `master_ipv4_cidr_block` where required) and
#     a Cloud NAT for egress.
package platlint.terraform.google_gke_private_nodes

import data.platlint.lib.terraform as tf

deny contains finding if {
	some name, r in input.resource.google_container_cluster
	not r.dynamic.private_cluster_config
	cfg := object.get(r, ["private_cluster_config", 0], {})
	value := object.get(cfg, "enable_private_nodes", false)
	not tf.is_true(value)
	not tf.is_reference(value)
	finding := {
		"msg": sprintf("google_container_cluster.%s does not enable private nodes, so every node gets a public IP address", [name]),
		"path": private_path(name, r, cfg),
	}
}

private_path(name, _, cfg) := ["resource", "google_container_cluster", name, "private_cluster_config", 0, "enable_private_nodes"] if "enable_private_nodes" in object.keys(cfg)

private_path(name, r, cfg) := ["resource", "google_container_cluster", name, "private_cluster_config", 0] if {
	not "enable_private_nodes" in object.keys(cfg)
	is_object(r.private_cluster_config[0])
}

private_path(name, r, _) := ["resource", "google_container_cluster", name] if not is_object(object.get(r, ["private_cluster_config", 0], null))
