# METADATA
# title: Pod shares the node's network, PID or IPC namespace
# description: >-
#   hostNetwork lets the pod bind to and sniff the node's interfaces and reach
#   services listening on localhost (the kubelet, cloud metadata proxies),
#   and it is not subject to NetworkPolicies; hostPID lets it see and signal
#   every process on the node and read their environment; hostIPC lets it
#   read the shared memory of processes on the node.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
#   - ref: https://www.cisecurity.org/benchmark/kubernetes
# custom:
#   id: PL-K8S-011
#   severity: high
#   rationale: Sharing a host namespace removes one of the main isolation boundaries between a pod and the node.
#   input: kubernetes
#   resources: [Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Pod, Job, CronJob]
#   tags: [kubernetes, pod-security, isolation]
#   remediation: >-
#     Remove `hostNetwork: true`, `hostPID: true` and `hostIPC: true` from the pod spec; expose
#     ports through a Service instead of the host network.
package platlint.kubernetes.host_namespaces

import data.platlint.lib.kubernetes as k8s

fields := {
	"hostNetwork": "network",
	"hostPID": "PID",
	"hostIPC": "IPC",
}

deny contains finding if {
	k8s.is_workload
	some field, what in fields
	k8s.pod_spec[field] == true
	finding := {
		"msg": sprintf("%s shares the node's %s namespace (%s: true)", [k8s.name, what, field]),
		"path": array.concat(k8s.pod_spec_path, [field]),
	}
}
