# METADATA
# title: RBAC rule allows exec or attach into pods
# description: >-
#   pods/exec and pods/attach run commands in, or attach to, any pod the rule
#   covers: the subject gets the pods' service account tokens, mounted
#   Secrets and network position. Exec needs create (get on clusters before
#   Kubernetes 1.30 also worked through WebSockets), so both are reported, as
#   is the pods/* wildcard. A "*" verb is reported by PL-K8S-027.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/rbac-good-practices/#workload-creation
#   - ref: https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-resources
# custom:
#   id: PL-K8S-031
#   severity: high
#   rationale: Exec into a pod hands over everything the pod can reach, including its identity and secrets.
#   input: kubernetes
#   resources: [Role, ClusterRole]
#   tags: [kubernetes, rbac, privilege-escalation]
#   remediation: >-
#     Remove pods/exec and pods/attach from the role; give debugging access through a separate,
#     time-bound role bound only when needed, and read logs with `pods/log` instead.
package platlint.kubernetes.rbac_pod_exec

import data.platlint.lib.kubernetes_security as sec

subresources := {"pods/exec", "pods/attach", "pods/*"}

deny contains finding if {
	input.kind in sec.role_kinds
	some i, rule in sec.arr(input.rules)
	sec.core_group(rule)
	some j, resource in sec.arr(rule.resources)
	resource in subresources
	verbs := [v | some v in sec.arr(rule.verbs); v in {"create", "get"}]
	count(verbs) > 0
	finding := {
		"msg": sprintf("%s grants %s on %s, which runs commands in the pods", [sec.rule_label(i), concat(", ", verbs), resource]),
		"path": ["rules", i, "resources", j],
	}
}
