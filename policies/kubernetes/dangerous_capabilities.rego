# METADATA
# title: Container adds a dangerous capability
# description: >-
#   Capabilities such as SYS_ADMIN (mount, namespaces, BPF: close to full
#   root), SYS_MODULE (load kernel modules), SYS_PTRACE (read other
#   processes' memory), NET_ADMIN (reconfigure the pod network), NET_RAW
#   (spoof packets), DAC_READ_SEARCH (read any file, the "shocker" escape),
#   SYS_RAWIO, BPF or ALL give a compromised container the tools to escape
#   to the node or attack its neighbours. NET_BIND_SERVICE and other narrow
#   capabilities are not reported. Windows pods are skipped.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
#   - ref: https://man7.org/linux/man-pages/man7/capabilities.7.html
# custom:
#   id: PL-K8S-010
#   severity: high
#   rationale: Each of these capabilities is a documented path from a container to the node or to other workloads.
#   input: kubernetes
#   resources: [Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Pod, Job, CronJob]
#   tags: [kubernetes, pod-security, least-privilege]
#   remediation: >-
#     Remove the capability from `securityContext.capabilities.add` and keep
#     `capabilities: {drop: [ALL]}`; if a node agent truly needs it, run it in a dedicated,
#     locked-down namespace.
package platlint.kubernetes.dangerous_capabilities

import data.platlint.lib.kubernetes as k8s
import data.platlint.lib.kubernetes_security as sec

dangerous := {
	"ALL",
	"SYS_ADMIN",
	"SYS_MODULE",
	"SYS_PTRACE",
	"SYS_RAWIO",
	"SYS_BOOT",
	"SYS_TIME",
	"SYSLOG",
	"NET_ADMIN",
	"NET_RAW",
	"DAC_READ_SEARCH",
	"DAC_OVERRIDE",
	"BPF",
	"PERFMON",
	"MAC_ADMIN",
	"MAC_OVERRIDE",
}

deny contains finding if {
	some c in k8s.containers
	not sec.windows
	some i, cap in sec.added_capabilities(c)
	name := sec.capability(cap)
	name in dangerous
	finding := {
		"msg": message(c, name),
		"path": array.concat(c.path, ["securityContext", "capabilities", "add", i]),
	}
}

message(c, "ALL") := sprintf("%s adds ALL capabilities", [c.label])

message(c, name) := sprintf("%s adds the %s capability", [c.label, name]) if name != "ALL"
