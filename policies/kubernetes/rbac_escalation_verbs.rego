# METADATA
# title: RBAC rule grants escalate, bind or impersonate
# description: >-
#   escalate lets a subject create or edit roles with permissions it does not
#   hold; bind lets it bind any role, cluster-admin included, to itself;
#   impersonate lets it act as any user, group or service account. Each is a
#   path to full control that RBAC's own escalation checks do not stop.
#   A "*" verb is reported by PL-K8S-027.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/rbac-good-practices/#escalate-verb
#   - ref: https://kubernetes.io/docs/reference/access-authn-authz/rbac/#privilege-escalation-prevention-and-bootstrapping
#   - ref: https://kubernetes.io/docs/reference/access-authn-authz/authentication/#user-impersonation
# custom:
#   id: PL-K8S-030
#   severity: high
#   rationale: These verbs let the subject grant itself or borrow permissions beyond its own, up to cluster-admin.
#   input: kubernetes
#   resources: [Role, ClusterRole]
#   tags: [kubernetes, rbac, privilege-escalation]
#   remediation: >-
#     Remove the verb; let a cluster administrator create the bindings, or restrict `bind` to
#     specific roles with `resourceNames: [view]`.
package platlint.kubernetes.rbac_escalation_verbs

import data.platlint.lib.kubernetes_security as sec

verbs := {"escalate", "bind", "impersonate"}

deny contains finding if {
	input.kind in sec.role_kinds
	some i, rule in sec.arr(input.rules)
	some j, verb in sec.arr(rule.verbs)
	verb in verbs
	not restricted(rule, verb)
	finding := {
		"msg": sprintf("%s grants the %s verb on %s", [sec.rule_label(i), verb, concat(", ", sec.arr(object.get(rule, "resources", null)))]),
		"path": ["rules", i, "verbs", j],
	}
}

# bind limited to named roles (resourceNames) only lets the subject hand out
# those roles: the documented way to delegate binding safely.
restricted(rule, "bind") if {
	names := sec.arr(object.get(rule, "resourceNames", null))
	count(names) > 0
	not "cluster-admin" in names
	not "admin" in names
}
