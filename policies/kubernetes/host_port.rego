# METADATA
# title: Container binds a host port
# description: >-
#   A hostPort publishes the container port on the node's own IP address,
#   bypassing Services and the NetworkPolicies that usually guard pod
#   traffic, and ties the pod to nodes where the port is free (at most one
#   replica per node). Pods with hostNetwork are reported by PL-K8S-011
#   instead, since every port they open is a host port.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/configuration/overview/#services
#   - ref: https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
# custom:
#   id: PL-K8S-014
#   severity: medium
#   rationale: It exposes the container on the node network outside the usual controls, but only on the declared port.
#   input: kubernetes
#   resources: [Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Pod, Job, CronJob]
#   tags: [kubernetes, pod-security, network]
#   remediation: >-
#     Remove `hostPort` from the container port and expose it with a Service
#     (`type: ClusterIP`, or an Ingress/LoadBalancer for external traffic).
package platlint.kubernetes.host_port

import data.platlint.lib.kubernetes as k8s
import data.platlint.lib.kubernetes_security as sec

deny contains finding if {
	some c in k8s.containers
	not k8s.pod_spec.hostNetwork == true
	some j, port in sec.arr(c.container.ports)
	is_number(port.hostPort)
	port.hostPort > 0
	finding := {
		"msg": sprintf("%s binds host port %v on the node", [c.label, port.hostPort]),
		"path": array.concat(c.path, ["ports", j, "hostPort"]),
	}
}
