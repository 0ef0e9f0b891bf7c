# METADATA
# title: Container may run as root
# description: >-
#   Without runAsNonRoot: true (or a non-zero runAsUser) in the container's
#   or the pod's securityContext, the container runs as whatever user its
#   image declares, which is root for most images, and nothing stops a new
#   image version from switching to root. The container-level value
#   overrides the pod-level one. An explicit runAsUser 0 is reported by
#   PL-K8S-007 instead; images whose tag says nonroot (distroless :nonroot)
#   already run unprivileged and are not reported. On Windows pods a
#   windowsOptions.runAsUserName other than ContainerAdministrator counts as
#   non-root; HostProcess containers are reported by PL-K8S-021.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted
#   - ref: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
# custom:
#   id: PL-K8S-006
#   severity: medium
#   rationale: Root in a container is not root on the node, but it turns most application bugs and container escapes into far worse ones.
#   input: kubernetes
#   resources: [Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Pod, Job, CronJob]
#   tags: [kubernetes, pod-security, least-privilege]
#   remediation: >-
#     Set `runAsNonRoot: true` in the pod securityContext (and a numeric `runAsUser`, e.g.
#     `runAsUser: 65532`, if the image declares a user by name), and remove any container-level
#     `runAsNonRoot: false`.
package platlint.kubernetes.run_as_non_root

import data.platlint.lib.kubernetes as k8s
import data.platlint.lib.kubernetes_security as sec

# may_run_as_root holds when nothing guarantees a non-root user. An explicit
# runAsUser 0 is PL-K8S-007's.
may_run_as_root(c) if {
	not flag_set(c)
	not numeric_user(c)
	not nonroot_image(c)
	not windows_user(c)
	not host_process(c)
}

flag_set(c) if sec.effective(c, "runAsNonRoot") == true

numeric_user(c) if is_number(sec.effective(c, "runAsUser"))

# On Windows the user is windowsOptions.runAsUserName; only the
# administrator accounts count as root.
windows_user(c) if {
	sec.windows
	user := windows_option(c, "runAsUserName")
	is_string(user)
	not lower(user) in {"containeradministrator", "administrator", "nt authority\\system"}
}

# HostProcess containers are PL-K8S-021's.
host_process(c) if windows_option(c, "hostProcess") == true

windows_option(c, f) := v if {
	v := sec.sc(c).windowsOptions[f]
} else := sec.pod_sc.windowsOptions[f]

nonroot_image(c) if contains(lower(sec.image_ref(c.container.image).tag), "nonroot")

# A container that turns runAsNonRoot off itself.
deny contains finding if {
	some c in k8s.containers
	sec.sc(c).runAsNonRoot == false
	may_run_as_root(c)
	finding := {
		"msg": sprintf("%s sets runAsNonRoot: false, so it may run as root", [c.label]),
		"path": sec.container_field_path(c, "runAsNonRoot"),
	}
}

# Containers that inherit the pod-level value (or its absence): one finding
# at the pod securityContext, which is where the fix goes.
deny contains finding if {
	k8s.is_workload
	inherit := {c |
		some c in k8s.containers
		not sec.container_sets(c, "runAsNonRoot")
		may_run_as_root(c)
	}
	count(inherit) > 0
	finding := {
		"msg": sprintf("%s may run %s as root: %s", [k8s.name, sec.containers_phrase(inherit), pod_reason]),
		"path": sec.pod_field_path("runAsNonRoot"),
	}
}

pod_reason := "the pod securityContext sets runAsNonRoot: false" if sec.pod_sc.runAsNonRoot == false

else := "neither the pod nor the container securityContext sets runAsNonRoot: true or a non-zero runAsUser"
