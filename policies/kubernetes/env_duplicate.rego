# METADATA
# title: Environment variable set twice in a container
# description: >-
#   When a container's env list names the same variable twice, the last
#   entry silently wins. It usually comes from a kustomize patch or a
#   copy-paste that was meant to change the first value, so the container
#   runs with a setting nobody intended (and the API server only warns).
# related_resources:
#   - ref: https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/
# custom:
#   id: PL-K8S-041
#   severity: low
#   rationale: It causes confusing misconfiguration rather than exposure.
#   input: kubernetes
#   resources: [Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Pod, Job, CronJob]
#   tags: [kubernetes, correctness]
#   remediation: >-
#     Keep a single `env` entry per name and delete the other one.
package platlint.kubernetes.env_duplicate

import data.platlint.lib.kubernetes as k8s
import data.platlint.lib.kubernetes_security as sec

deny contains finding if {
	some c in k8s.containers
	env := sec.arr(c.container.env)
	some i, e in env
	is_string(e.name)
	earlier := [j | some j, other in env; j < i; other.name == e.name]
	count(earlier) > 0
	finding := {
		"msg": sprintf("%s sets env %s again (first at entry %d); the last value wins", [c.label, e.name, earlier[0]]),
		"path": array.concat(c.path, ["env", i, "name"]),
	}
}
