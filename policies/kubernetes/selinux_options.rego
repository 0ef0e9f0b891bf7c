# METADATA
# title: Custom SELinux user, role or type
# description: >-
#   On SELinux nodes (RHEL, OpenShift, Fedora CoreOS) containers run as
#   container_t with a per-pod MCS level. Setting seLinuxOptions.type to
#   anything but container_t, container_init_t, container_kvm_t or
#   container_engine_t (spc_t in particular is unconfined), or setting a
#   custom user or role, lifts that confinement. Setting only the level is
#   fine. The container-level options replace the pod-level ones, so
#   pod-level options are reported only when a container inherits them.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
#   - ref: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#assign-selinux-labels-to-a-container
# custom:
#   id: PL-K8S-020
#   severity: high
#   rationale: An unconfined SELinux type such as spc_t removes the main barrier between container processes and the node on SELinux systems.
#   input: kubernetes
#   resources: [Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Pod, Job, CronJob]
#   tags: [kubernetes, pod-security, isolation]
#   remediation: >-
#     Remove `seLinuxOptions.type`, `user` and `role` (keep only `level` if you need a fixed MCS
#     label), or use `type: container_t`.
package platlint.kubernetes.selinux_options

import data.platlint.lib.kubernetes as k8s
import data.platlint.lib.kubernetes_security as sec

allowed_types := {"", "container_t", "container_init_t", "container_kvm_t", "container_engine_t"}

# problems(opts) are the offending keys of one seLinuxOptions object.
problems(opts) := {[key, value] |
	some key, value in sec.obj(opts)
	bad(key, value)
}

bad("type", value) if not value in allowed_types

bad(key, value) if {
	key in {"user", "role"}
	value != ""
}

deny contains finding if {
	some c in k8s.containers
	not sec.windows
	some [key, value] in problems(sec.sc(c).seLinuxOptions)
	finding := {
		"msg": sprintf("%s sets SELinux %s %q", [c.label, key, value]),
		"path": array.concat(c.path, ["securityContext", "seLinuxOptions", key]),
	}
}

deny contains finding if {
	k8s.is_workload
	not sec.windows
	some [key, value] in problems(sec.pod_sc.seLinuxOptions)
	inherit := {c |
		some c in k8s.containers
		not sec.container_sets(c, "seLinuxOptions")
	}
	count(inherit) > 0
	finding := {
		"msg": sprintf("%s sets SELinux %s %q in the pod securityContext, applied to %s", [k8s.name, key, value, sec.containers_phrase(inherit)]),
		"path": array.concat(sec.pod_sc_path, ["seLinuxOptions", key]),
	}
}
