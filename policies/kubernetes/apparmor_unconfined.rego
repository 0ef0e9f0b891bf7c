# METADATA
# title: AppArmor explicitly disabled
# description: >-
#   On nodes with AppArmor (Ubuntu, Debian, COS, Bottlerocket) containers get
#   the runtime's default profile, which blocks writes to /proc and /sys and
#   mounts. appArmorProfile type Unconfined, or the legacy
#   container.apparmor.security.beta.kubernetes.io/<container> annotation set
#   to unconfined, removes that layer. The container-level setting wins over
#   the pod-level field. A missing profile is not reported: the runtime
#   default applies. Windows pods are skipped.
# related_resources:
#   - ref: https://kubernetes.io/docs/tutorials/security/apparmor/
#   - ref: https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
# custom:
#   id: PL-K8S-017
#   severity: high
#   rationale: It deliberately removes a mandatory access control layer, which the baseline Pod Security Standard forbids.
#   input: kubernetes
#   resources: [Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Pod, Job, CronJob]
#   tags: [kubernetes, pod-security, hardening]
#   remediation: >-
#     Remove the Unconfined profile (the runtime default then applies) or set
#     `appArmorProfile: {type: RuntimeDefault}`; use a `Localhost` profile if the default is too
#     strict.
package platlint.kubernetes.apparmor_unconfined

import data.platlint.lib.kubernetes as k8s
import data.platlint.lib.kubernetes_security as sec

# container_profile is [type, path] of the profile a container sets itself.
container_profile(c) := [t, array.concat(c.path, ["securityContext", "appArmorProfile", "type"])] if {
	t := sec.sc(c).appArmorProfile.type
} else := [annotation_type(v), sec.template_annotation_path(key)] if {
	key := concat("", ["container.apparmor.security.beta.kubernetes.io/", c.container.name])
	v := sec.template_annotations[key]
}

annotation_type(v) := "Unconfined" if v == "unconfined"

else := v

deny contains finding if {
	some c in k8s.containers
	not sec.windows
	[type, path] := container_profile(c)
	type == "Unconfined"
	finding := {
		"msg": sprintf("%s disables AppArmor (profile Unconfined)", [c.label]),
		"path": path,
	}
}

deny contains finding if {
	k8s.is_workload
	not sec.windows
	sec.pod_sc.appArmorProfile.type == "Unconfined"
	inherit := {c |
		some c in k8s.containers
		not container_profile(c)
	}
	count(inherit) > 0
	finding := {
		"msg": sprintf("%s disables AppArmor for %s (pod-level profile Unconfined)", [k8s.name, sec.containers_phrase(inherit)]),
		"path": array.concat(sec.pod_sc_path, ["appArmorProfile", "type"]),
	}
}
