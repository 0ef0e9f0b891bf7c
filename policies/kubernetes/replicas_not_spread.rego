# METADATA
# title: Replicated workload not spread across nodes
# description: >-
#   The scheduler's default spreading is only a soft preference: several
#   replicas of a Deployment or StatefulSet (two or more by spec.replicas or
#   a HorizontalPodAutoscaler's minReplicas) can land on the same node or
#   zone, and one failure then takes them all. topologySpreadConstraints or a
#   podAntiAffinity make the replicas actually independent.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/scheduling-eviction/topology-spread-constraints/
#   - ref: https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#inter-pod-affinity-and-anti-affinity
# custom:
#   id: PL-K8S-039
#   severity: low
#   rationale: It only matters when a node or zone fails, and the default scheduler spreading often avoids the worst case.
#   input: kubernetes
#   resources: [Deployment, StatefulSet]
#   tags: [kubernetes, reliability, availability]
#   remediation: >-
#     Add `topologySpreadConstraints: [{maxSkew: 1, topologyKey: topology.kubernetes.io/zone,
#     whenUnsatisfiable: ScheduleAnyway, labelSelector: {matchLabels: {app: web}}}]` (and one for
#     kubernetes.io/hostname), or a preferred podAntiAffinity on the hostname.
package platlint.kubernetes.replicas_not_spread

import data.platlint.lib.kubernetes as k8s
import data.platlint.lib.kubernetes_security as sec

deny contains finding if {
	input.kind in {"Deployment", "StatefulSet"}
	n := sec.min_replicas
	n >= 2
	not spread
	finding := {
		"msg": sprintf("%s runs %d replicas without topologySpreadConstraints or podAntiAffinity, so they may share a node", [k8s.name, n]),
		"path": k8s.pod_spec_path,
	}
}

spread if count(sec.arr(k8s.pod_spec.topologySpreadConstraints)) > 0

spread if {
	anti := k8s.pod_spec.affinity.podAntiAffinity
	some field in ["requiredDuringSchedulingIgnoredDuringExecution", "preferredDuringSchedulingIgnoredDuringExecution"]
	count(sec.arr(anti[field])) > 0
}
