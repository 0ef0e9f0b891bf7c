# METADATA
# title: Container with an unmasked /proc
# description: >-
#   procMount Unmasked removes the masks and read-only mounts the runtime
#   puts over sensitive parts of /proc (kcore, sysrq-trigger, kernel
#   tunables), exposing host kernel information and controls to the
#   container. Only nested container runtimes need it. Windows pods are
#   skipped.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
#   - ref: https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#security-context-1
# custom:
#   id: PL-K8S-018
#   severity: medium
#   rationale: It widens the kernel interface a compromised container can read and poke, though the container still needs other privileges to abuse most of it.
#   input: kubernetes
#   resources: [Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Pod, Job, CronJob]
#   tags: [kubernetes, pod-security, isolation]
#   remediation: >-
#     Remove `procMount: Unmasked` (the default is `Default`, which keeps /proc masked).
package platlint.kubernetes.proc_mount_unmasked

import data.platlint.lib.kubernetes as k8s
import data.platlint.lib.kubernetes_security as sec

deny contains finding if {
	some c in k8s.containers
	not sec.windows
	sec.sc(c).procMount == "Unmasked"
	finding := {
		"msg": sprintf("%s unmasks /proc (procMount: Unmasked)", [c.label]),
		"path": sec.container_field_path(c, "procMount"),
	}
}
