# METADATA
# title: Windows HostProcess container
# description: >-
#   A Windows HostProcess container runs directly on the node as a host
#   process, with the node's network, filesystem and, usually, SYSTEM
#   privileges: the Windows equivalent of a privileged container with every
#   host namespace. It is set with windowsOptions.hostProcess in the pod or
#   container securityContext.
# related_resources:
#   - ref: https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/
#   - ref: https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
# custom:
#   id: PL-K8S-021
#   severity: critical
#   rationale: A HostProcess container is full administrative access to the Windows node.
#   input: kubernetes
#   resources: [Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Pod, Job, CronJob]
#   tags: [kubernetes, pod-security, windows]
#   remediation: >-
#     Remove `windowsOptions.hostProcess: true` (and `hostNetwork: true`) and run the workload
#     as a normal Windows container; keep HostProcess for node agents in a locked-down
#     namespace.
package platlint.kubernetes.windows_host_process

import data.platlint.lib.kubernetes as k8s
import data.platlint.lib.kubernetes_security as sec

deny contains finding if {
	k8s.is_workload
	sec.pod_sc.windowsOptions.hostProcess == true
	finding := {
		"msg": sprintf("%s runs its containers as Windows HostProcess containers", [k8s.name]),
		"path": array.concat(sec.pod_sc_path, ["windowsOptions", "hostProcess"]),
	}
}

deny contains finding if {
	some c in k8s.containers
	not sec.pod_sc.windowsOptions.hostProcess == true
	sec.sc(c).windowsOptions.hostProcess == true
	finding := {
		"msg": sprintf("%s runs as a Windows HostProcess container", [c.label]),
		"path": array.concat(c.path, ["securityContext", "windowsOptions", "hostProcess"]),
	}
}
