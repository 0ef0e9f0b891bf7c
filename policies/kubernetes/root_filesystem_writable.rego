# METADATA
# title: Container root filesystem is writable
# description: >-
#   Without readOnlyRootFilesystem: true an attacker who gets code execution
#   can drop tools and binaries into the image's filesystem, modify the
#   application in place or fill the node's disk. Applications that need
#   scratch space should mount an emptyDir at /tmp instead. Windows pods are
#   skipped (the field is not supported there).
# related_resources:
#   - ref: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
#   - ref: https://www.cisecurity.org/benchmark/kubernetes
# custom:
#   id: PL-K8S-008
#   severity: low
#   rationale: It is defence in depth that makes exploitation harder; on its own it exposes nothing.
#   input: kubernetes
#   resources: [Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Pod, Job, CronJob]
#   tags: [kubernetes, pod-security, hardening]
#   remediation: >-
#     Set `readOnlyRootFilesystem: true` in the container's securityContext and mount an
#     `emptyDir` volume at each path the application writes to (e.g. `/tmp`).
package platlint.kubernetes.root_filesystem_writable

import data.platlint.lib.kubernetes as k8s
import data.platlint.lib.kubernetes_security as sec

deny contains finding if {
	some c in k8s.containers
	not sec.windows
	object.get(sec.sc(c), "readOnlyRootFilesystem", null) != true
	finding := {
		"msg": message(c),
		"path": where(c),
	}
}

message(c) := sprintf("%s sets readOnlyRootFilesystem: false", [c.label]) if sec.sc(c).readOnlyRootFilesystem == false

else := sprintf("%s does not set readOnlyRootFilesystem: true", [c.label])

where(c) := sec.container_field_path(c, "readOnlyRootFilesystem") if sec.container_sets(c, "readOnlyRootFilesystem")

else := sec.container_sc_path(c)
