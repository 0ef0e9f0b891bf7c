# METADATA
# title: Container without CPU and memory requests and limits
# description: >-
#   Requests let the scheduler place pods where they fit; limits stop one
#   container from starving its neighbours or the node. Every container of
#   every workload kind, init containers and Jobs included, should set cpu and
#   memory requests and limits.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
# custom:
#   id: PL-K8S-002
#   severity: medium
#   rationale: Unbounded containers cause noisy-neighbour outages and evictions; a denial-of-service risk more than a breach.
#   input: kubernetes
#   resources: [Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Pod, Job, CronJob]
#   tags: [kubernetes, reliability, resources]
#   remediation: >-
#     Set requests and limits sized from observed usage: `resources: {requests: {cpu: 250m, memory:
#     256Mi}, limits: {cpu: "1", memory: 512Mi}}`.
package platlint.kubernetes.resources_missing

import data.platlint.lib.kubernetes as k8s

wanted := [["requests", "cpu"], ["requests", "memory"], ["limits", "cpu"], ["limits", "memory"]]

deny contains finding if {
	some c in k8s.containers
	missing := [sprintf("%s.%s", w) | some w in wanted; not c.container.resources[w[0]][w[1]]]
	count(missing) > 0
	finding := {
		"msg": sprintf("%s does not set %s", [c.label, concat(", ", missing)]),
		"path": where(c),
	}
}

where(c) := array.concat(c.path, ["resources"]) if c.container.resources

where(c) := c.path if not c.container.resources
