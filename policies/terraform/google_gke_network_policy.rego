# METADATA
# title: GKE cluster does not enforce NetworkPolicy
# description: >-
#   Without network_policy { enabled = true } or GKE Dataplane V2
#   (datapath_provider = "ADVANCED_DATAPATH"), NetworkPolicy objects are
#   accepted but ignored, so every pod can reach every other pod and a single
#   compromised workload can move laterally. Autopilot clusters always run
#   Dataplane V2 and are not reported.
# related_resources:
#   - ref: https://cloud.google.com/kubernetes-engine/docs/how-to/network-policy
#   - ref: https://cloud.google.com/kubernetes-engine/docs/concepts/dataplane-v2
#   - ref: https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#network_policy
#   - ref: https://www.cisecurity.org/benchmark/kubernetes
#     description: "CIS GKE Benchmark: Ensure Network Policy is Enabled and set as appropriate"
# custom:
#   id: PL-TF-118
#   severity: medium
#   rationale: Lack of pod isolation eases lateral movement after a compromise but is not itself an entry point.
#   input: terraform
#   resources: [google_container_cluster]
#   tags: [gcp, gke, kubernetes, network]
#   remediation: >-
#     Set `datapath_provider = "ADVANCED_DATAPATH"` on new clusters (Dataplane V2 enforces NetworkPolicy natively), or
#     add `network_policy { enabled = true, provider = "CALICO" }` with the network_policy_config addon enabled.
package platlint.terraform.google_gke_network_policy

import data.platlint.lib.terraform as tf

deny contains finding if {
	some name, r in input.resource.google_container_cluster
	not enforced(r)
	finding := {
		"msg": sprintf("google_container_cluster.%s enforces no NetworkPolicy (neither network_policy nor Dataplane V2)", [name]),
		"path": policy_path(name, r),
	}
}

enforced(r) if tf.is_true(r.network_policy[0].enabled)

enforced(r) if tf.is_reference(r.network_policy[0].enabled)

enforced(r) if r.dynamic.network_policy

enforced(r) if r.datapath_provider == "ADVANCED_DATAPATH"

enforced(r) if tf.is_reference(r.datapath_provider)

enforced(r) if tf.is_true(r.enable_autopilot)

enforced(r) if tf.is_reference(r.enable_autopilot)

policy_path(name, r) := ["resource", "google_container_cluster", name, "network_policy", 0, "enabled"] if "enabled" in object.keys(object.get(r, ["network_policy", 0], {}))

policy_path(name, r) := ["resource", "google_container_cluster", name, "datapath_provider"] if {
	not "enabled" in object.keys(object.get(r, ["network_policy", 0], {}))
	"datapath_provider" in object.keys(r)
}

policy_path(name, r) := ["resource", "google_container_cluster", name] if {
	not "enabled" in object.keys(object.get(r, ["network_policy", 0], {}))
	not "datapath_provider" in object.keys(r)
}
