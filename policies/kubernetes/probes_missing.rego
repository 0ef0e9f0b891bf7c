# METADATA
# title: Container without readiness or liveness probe
# description: >-
#   Without a readinessProbe, Services send traffic to pods that are still
#   starting or are overloaded; without a livenessProbe, a hung process is
#   never restarted. Long-running workloads need both; Jobs, CronJobs and init
#   containers run to completion and are not checked.
# related_resources:
#   - ref: https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/
# custom:
#   id: PL-K8S-001
#   severity: medium
#   rationale: Missing probes cause outages and failed rollouts rather than security exposure.
#   input: kubernetes
#   resources: [Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Pod]
#   tags: [kubernetes, reliability]
#   remediation: >-
#     Add both probes to the container, e.g. `readinessProbe: {httpGet: {path: /healthz/ready,
#     port: http}}` and `livenessProbe: {httpGet: {path: /healthz/live, port: http}, periodSeconds:
#     10}`.
package platlint.kubernetes.probes_missing

import data.platlint.lib.kubernetes as k8s

deny contains finding if {
	input.kind in k8s.long_running_kinds
	some c in k8s.containers
	not c.init
	missing := [p | some p in ["readinessProbe", "livenessProbe"]; not c.container[p]]
	count(missing) > 0
	finding := {
		"msg": sprintf("%s has no %s", [c.label, concat(" and no ", missing)]),
		"path": c.path,
	}
}
