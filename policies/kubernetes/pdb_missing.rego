# METADATA
# title: Replicated workload without a PodDisruptionBudget
# description: >-
#   A Deployment or StatefulSet that runs two or more replicas (by
#   spec.replicas or a HorizontalPodAutoscaler's minReplicas) is meant to
#   stay up, but without a PodDisruptionBudget selecting its pods a node
#   drain, cluster upgrade or autoscaler scale-down may evict all of them at
#   once. It runs only when whole directories are scanned, comparing with the
#   PodDisruptionBudgets of the same namespace (objects without a namespace
#   are compared with each other).
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/workloads/pods/disruptions/
#   - ref: https://kubernetes.io/docs/tasks/run-application/configure-pdb/
# custom:
#   id: PL-K8S-038
#   severity: medium
#   rationale: Routine maintenance can take every replica down together, an outage rather than a security exposure.
#   input: kubernetes
#   resources: [Deployment, StatefulSet]
#   tags: [kubernetes, reliability, availability]
#   remediation: >-
#     Add a PodDisruptionBudget in the same namespace selecting the pod labels, e.g.
#     `spec: {maxUnavailable: 1, selector: {matchLabels: {app: web}}}`.
package platlint.kubernetes.pdb_missing

import data.platlint.lib.kubernetes as k8s
import data.platlint.lib.kubernetes_security as sec

deny contains finding if {
	input.kind in {"Deployment", "StatefulSet"}
	sec.inventory_complete
	n := sec.min_replicas
	n >= 2
	not covered
	finding := {
		"msg": sprintf("%s runs %d replicas but no PodDisruptionBudget %s selects its pods", [k8s.name, n, sec.ns_label(sec.namespace)]),
		"path": where,
	}
}

covered if {
	some name in sec.selector_candidates("PodDisruptionBudget", sec.namespace, sec.template_labels)
	pdb := sec.objects("PodDisruptionBudget", sec.namespace)[name]
	sec.selector_matches(pdb.spec.selector, sec.template_labels)
}

where := ["spec", "replicas"] if sec.has(input.spec, "replicas")

else := ["spec"]
