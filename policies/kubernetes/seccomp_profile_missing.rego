# METADATA
# title: Pod without a seccomp profile
# description: >-
#   Unless the kubelet runs with --seccomp-default, a container without a
#   seccomp profile runs Unconfined: every system call is available to it,
#   including the rarely used ones behind most kernel privilege-escalation
#   exploits. RuntimeDefault blocks them at no cost for almost every
#   application. The profile can be set in the pod securityContext (the usual
#   place), per container, or with the legacy seccomp annotations. Windows
#   pods are skipped; an explicit Unconfined is reported by PL-K8S-016.
# related_resources:
#   - ref: https://kubernetes.io/docs/tutorials/security/seccomp/
#   - ref: https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted
# custom:
#   id: PL-K8S-015
#   severity: medium
#   rationale: Without a syscall filter the kernel's whole attack surface is open to a compromised container.
#   input: kubernetes
#   resources: [Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Pod, Job, CronJob]
#   tags: [kubernetes, pod-security, hardening]
#   remediation: >-
#     Add `seccompProfile: {type: RuntimeDefault}` to the pod securityContext (or a `Localhost`
#     profile tailored to the application).
package platlint.kubernetes.seccomp_profile_missing

import data.platlint.lib.kubernetes as k8s
import data.platlint.lib.kubernetes_security as sec

deny contains finding if {
	k8s.is_workload
	not sec.windows
	not sec.seccomp_pod
	unset := {c |
		some c in k8s.containers
		not sec.seccomp_container(c)
	}
	count(unset) > 0
	finding := {
		"msg": sprintf("%s sets no seccomp profile for %s, so it runs without a syscall filter", [k8s.name, sec.containers_phrase(unset)]),
		"path": sec.pod_field_path("seccompProfile"),
	}
}
