# METADATA
# title: GKE cluster or node pool without Workload Identity
# description: >-
#   Without Workload Identity (workload_identity_config.workload_pool, or
#   identity_namespace on provider 3.x) every pod can read the node's service
#   account token from the metadata server, so all workloads share the node's
#   permissions. A node pool whose workload_metadata_config mode is
#   GCE_METADATA turns the protection off for its nodes. Autopilot clusters
#   always use Workload Identity and are not reported.
# related_resources:
#   - ref: https://cloud.google.com/kubernetes-engine/docs/how-to/workload-identity
#   - ref: https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#workload_identity_config
#   - ref: https://www.cisecurity.org/benchmark/kubernetes
#     description: "CIS GKE Benchmark: Prefer using dedicated GCP Service Accounts and Workload Identity"
# custom:
#   id: PL-TF-119
#   severity: medium
#   rationale: Any compromised pod inherits the node's Google Cloud permissions, though those are often narrow.
#   input: terraform
#   resources: [google_container_cluster, google_container_node_pool]
#   tags: [gcp, gke, kubernetes, iam]
#   remediation: >-
#     Add `workload_identity_config { workload_pool = "${var.project_id}.svc.id.goog" }` to the cluster and
#     `workload_metadata_config { mode = "GKE_METADATA" }` to each node pool's node_config.
package platlint.terraform.google_gke_workload_identity

import data.platlint.lib.terraform as tf

deny contains finding if {
	some name, r in input.resource.google_container_cluster
	not workload_identity(r)
	finding := {
		"msg": sprintf("google_container_cluster.%s does not enable Workload Identity, so pods can use the node's service account", [name]),
		"path": wi_path(name, r),
	}
}

workload_identity(r) if {
	some attr in ["workload_pool", "identity_namespace"]
	v := r.workload_identity_config[0][attr]
	is_string(v)
	v != ""
}

workload_identity(r) if r.dynamic.workload_identity_config

workload_identity(r) if tf.is_true(r.enable_autopilot)

workload_identity(r) if tf.is_reference(r.enable_autopilot)

wi_path(name, r) := ["resource", "google_container_cluster", name, "workload_identity_config", 0] if is_object(r.workload_identity_config[0])

wi_path(name, r) := ["resource", "google_container_cluster", name] if not is_object(object.get(r, ["workload_identity_config", 0], null))

# Node pools (and the cluster's default node_config) that expose the
# metadata server.
deny contains finding if {
	some type in ["google_container_cluster", "google_container_node_pool"]
	some name, r in input.resource[type]
	some i, nc in r.node_config
	some j, wmc in nc.workload_metadata_config
	some attr in ["mode", "node_metadata"]
	wmc[attr] in {"GCE_METADATA", "EXPOSE", "UNSPECIFIED"}
	finding := {
		"msg": sprintf("%s.%s exposes the node's metadata server to pods (workload_metadata_config %s = %q)", [type, name, attr, wmc[attr]]),
		"path": ["resource", type, name, "node_config", i, "workload_metadata_config", j, attr],
	}
}
