# METADATA
# title: Container allows privilege escalation
# description: >-
#   Unless allowPrivilegeEscalation is false, a process in the container can
#   gain more privileges than its parent through setuid binaries or file
#   capabilities (no_new_privs is not set), which turns a non-root foothold
#   into root. The default is true, so the field must be set explicitly.
#   Privileged containers and containers adding SYS_ADMIN are reported by
#   their own rules (the API forbids false for them); Windows pods are skipped.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted
#   - ref: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
# custom:
#   id: PL-K8S-005
#   severity: medium
#   rationale: It is a step in most container privilege-escalation chains, but needs another weakness (a setuid binary, a kernel bug) to matter.
#   input: kubernetes
#   resources: [Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Pod, Job, CronJob]
#   tags: [kubernetes, pod-security, least-privilege]
#   remediation: >-
#     Set `allowPrivilegeEscalation: false` in every container's securityContext, e.g.
#     `securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}`.
package platlint.kubernetes.privilege_escalation

import data.platlint.lib.kubernetes as k8s
import data.platlint.lib.kubernetes_security as sec

deny contains finding if {
	some c in k8s.containers
	not sec.windows
	object.get(sec.sc(c), "allowPrivilegeEscalation", null) != false
	not exempt(c)
	finding := {
		"msg": message(c),
		"path": where(c),
	}
}

exempt(c) if sec.sc(c).privileged == true

exempt(c) if {
	some cap in sec.added_capabilities(c)
	sec.capability(cap) in {"SYS_ADMIN", "ALL"}
}

message(c) := sprintf("%s sets allowPrivilegeEscalation: true", [c.label]) if sec.sc(c).allowPrivilegeEscalation == true

else := sprintf("%s does not set allowPrivilegeEscalation: false, so setuid binaries can gain privileges", [c.label])

where(c) := sec.container_field_path(c, "allowPrivilegeEscalation") if sec.container_sets(c, "allowPrivilegeEscalation")

else := sec.container_sc_path(c)
