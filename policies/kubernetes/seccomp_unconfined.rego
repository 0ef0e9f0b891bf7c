# METADATA
# title: Seccomp explicitly disabled
# description: >-
#   seccompProfile type Unconfined (or the legacy "unconfined" seccomp
#   annotation) turns the syscall filter off, overriding the kubelet's
#   --seccomp-default and any pod-level profile. The container-level setting
#   wins over the pod-level one, so a pod-level Unconfined is reported only
#   when a container inherits it. Windows pods are skipped.
# related_resources:
#   - ref: https://kubernetes.io/docs/tutorials/security/seccomp/
#   - ref: https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
# custom:
#   id: PL-K8S-016
#   severity: high
#   rationale: Disabling the filter deliberately exposes every system call, which the baseline Pod Security Standard forbids.
#   input: kubernetes
#   resources: [Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Pod, Job, CronJob]
#   tags: [kubernetes, pod-security, hardening]
#   remediation: >-
#     Use `seccompProfile: {type: RuntimeDefault}`; if the application needs a blocked system
#     call, write a `Localhost` profile that allows just that call.
package platlint.kubernetes.seccomp_unconfined

import data.platlint.lib.kubernetes as k8s
import data.platlint.lib.kubernetes_security as sec

deny contains finding if {
	some c in k8s.containers
	not sec.windows
	[type, path] := sec.seccomp_container(c)
	type == "Unconfined"
	finding := {
		"msg": sprintf("%s disables seccomp (profile Unconfined)", [c.label]),
		"path": path,
	}
}

deny contains finding if {
	k8s.is_workload
	not sec.windows
	[type, path] := sec.seccomp_pod
	type == "Unconfined"
	inherit := {c |
		some c in k8s.containers
		not sec.seccomp_container(c)
	}
	count(inherit) > 0
	finding := {
		"msg": sprintf("%s disables seccomp for %s (pod-level profile Unconfined)", [k8s.name, sec.containers_phrase(inherit)]),
		"path": path,
	}
}
