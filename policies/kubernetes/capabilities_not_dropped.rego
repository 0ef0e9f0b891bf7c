# METADATA
# title: Container does not drop all capabilities
# description: >-
#   Container runtimes grant a default set of Linux capabilities (CHOWN,
#   DAC_OVERRIDE, FOWNER, SETUID, SETGID, NET_RAW, KILL and more) that almost
#   no application needs; NET_RAW alone allows spoofing packets on the pod
#   network. Dropping ALL and adding back only what is needed (usually
#   nothing, sometimes NET_BIND_SERVICE) is what the restricted Pod Security
#   Standard requires. Windows pods are skipped.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted
#   - ref: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container
# custom:
#   id: PL-K8S-009
#   severity: low
#   rationale: The default capabilities are limited and mostly matter to a process running as root, so this is hardening rather than an exposure.
#   input: kubernetes
#   resources: [Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Pod, Job, CronJob]
#   tags: [kubernetes, pod-security, least-privilege]
#   remediation: >-
#     Add `capabilities: {drop: [ALL]}` to the container's securityContext, adding back only
#     what it needs, e.g. `add: [NET_BIND_SERVICE]` to listen on a port below 1024.
package platlint.kubernetes.capabilities_not_dropped

import data.platlint.lib.kubernetes as k8s
import data.platlint.lib.kubernetes_security as sec

deny contains finding if {
	some c in k8s.containers
	not sec.windows
	not drops_all(c)
	not sec.sc(c).privileged == true
	finding := {
		"msg": sprintf("%s does not drop ALL capabilities, so it keeps the runtime's defaults (NET_RAW, SETUID, DAC_OVERRIDE, ...)", [c.label]),
		"path": where(c),
	}
}

drops_all(c) if {
	some cap in sec.dropped_capabilities(c)
	sec.capability(cap) == "ALL"
}

where(c) := array.concat(c.path, ["securityContext", "capabilities", "drop"]) if is_array(object.get(sec.sc(c), ["capabilities", "drop"], null))

else := array.concat(c.path, ["securityContext", "capabilities"]) if is_object(object.get(sec.sc(c), "capabilities", null))

else := sec.container_sc_path(c)
