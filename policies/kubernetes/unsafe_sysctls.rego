# METADATA
# title: Pod sets an unsafe sysctl
# description: >-
#   Only a short list of namespaced sysctls is safe to set per pod
#   (kernel.shm_rmid_forced, net.ipv4.ip_local_port_range,
#   net.ipv4.ip_unprivileged_port_start, net.ipv4.tcp_syncookies,
#   net.ipv4.ping_group_range, net.ipv4.ip_local_reserved_ports and the
#   tcp_keepalive_time, tcp_fin_timeout, tcp_keepalive_intvl and
#   tcp_keepalive_probes settings). Others can affect other pods on the node
#   or the node itself, and the kubelet refuses to start the pod unless it
#   was started with --allowed-unsafe-sysctls.
# related_resources:
#   - ref: https://kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/
#   - ref: https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
# custom:
#   id: PL-K8S-019
#   severity: medium
#   rationale: Unsafe sysctls can degrade or destabilise the node and its other pods, or leave the pod unschedulable.
#   input: kubernetes
#   resources: [Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Pod, Job, CronJob]
#   tags: [kubernetes, pod-security, isolation]
#   remediation: >-
#     Remove the sysctl from `securityContext.sysctls`, or tune it on dedicated nodes (node
#     configuration or a privileged DaemonSet) rather than per pod.
package platlint.kubernetes.unsafe_sysctls

import data.platlint.lib.kubernetes as k8s
import data.platlint.lib.kubernetes_security as sec

safe := {
	"kernel.shm_rmid_forced",
	"net.ipv4.ip_local_port_range",
	"net.ipv4.ip_unprivileged_port_start",
	"net.ipv4.tcp_syncookies",
	"net.ipv4.ping_group_range",
	"net.ipv4.ip_local_reserved_ports",
	"net.ipv4.tcp_keepalive_time",
	"net.ipv4.tcp_fin_timeout",
	"net.ipv4.tcp_keepalive_intvl",
	"net.ipv4.tcp_keepalive_probes",
}

deny contains finding if {
	k8s.is_workload
	some i, s in sec.arr(sec.pod_sc.sysctls)
	is_string(s.name)
	not replace(s.name, "/", ".") in safe
	finding := {
		"msg": sprintf("%s sets the unsafe sysctl %s", [k8s.name, s.name]),
		"path": array.concat(sec.pod_sc_path, ["sysctls", i, "name"]),
	}
}
