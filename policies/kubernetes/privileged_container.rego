# METADATA
# title: Privileged container
# description: >-
#   A privileged container gets every Linux capability, all of the node's
#   devices and no seccomp, AppArmor or SELinux confinement: root in it is
#   root on the node. Only node agents that really manage the host (CNI
#   plugins, storage drivers) need it.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
#   - ref: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
#   - ref: https://www.cisecurity.org/benchmark/kubernetes
# custom:
#   id: PL-K8S-004
#   severity: critical
#   rationale: Any compromise of a privileged container is a compromise of the node and of every pod on it.
#   input: kubernetes
#   resources: [Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Pod, Job, CronJob]
#   tags: [kubernetes, pod-security, least-privilege]
#   remediation: >-
#     Remove `privileged: true` (or set `privileged: false`) and grant only the capability the
#     container needs, e.g. `capabilities: {drop: [ALL], add: [NET_BIND_SERVICE]}`.
package platlint.kubernetes.privileged_container

import data.platlint.lib.kubernetes as k8s

deny contains finding if {
	some c in k8s.containers
	c.container.securityContext.privileged == true
	finding := {
		"msg": sprintf("%s runs privileged (securityContext.privileged: true), with every capability and the node's devices", [c.label]),
		"path": array.concat(c.path, ["securityContext", "privileged"]),
	}
}
