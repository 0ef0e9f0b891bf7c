# METADATA
# title: Container runs as user 0
# description: >-
#   runAsUser: 0 in the container's or the pod's securityContext explicitly
#   runs the container as root, whatever its image declares. The
#   container-level value overrides the pod-level one, so a pod-level 0 is
#   reported only when a container inherits it.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted
#   - ref: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
# custom:
#   id: PL-K8S-007
#   severity: high
#   rationale: An explicit root user defeats the image's own non-root default and makes every application bug a root compromise of the container.
#   input: kubernetes
#   resources: [Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Pod, Job, CronJob]
#   tags: [kubernetes, pod-security, least-privilege]
#   remediation: >-
#     Use an unprivileged uid, e.g. `runAsUser: 65532` with `runAsNonRoot: true`, and make the
#     files the process writes owned by that user (or use `fsGroup`).
package platlint.kubernetes.run_as_root_user

import data.platlint.lib.kubernetes as k8s
import data.platlint.lib.kubernetes_security as sec

deny contains finding if {
	some c in k8s.containers
	sec.sc(c).runAsUser == 0
	finding := {
		"msg": sprintf("%s sets runAsUser: 0, so it runs as root", [c.label]),
		"path": sec.container_field_path(c, "runAsUser"),
	}
}

deny contains finding if {
	sec.pod_sc.runAsUser == 0
	inherit := {c |
		some c in k8s.containers
		not sec.container_sets(c, "runAsUser")
	}
	count(inherit) > 0
	finding := {
		"msg": sprintf("%s runs %s as root: the pod securityContext sets runAsUser: 0", [k8s.name, sec.containers_phrase(inherit)]),
		"path": sec.pod_field_path("runAsUser"),
	}
}
