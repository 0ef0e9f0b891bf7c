# METADATA
# title: RBAC rule reads all Secrets
# description: >-
#   get, list or watch on secrets without resourceNames reads every Secret in
#   the namespace (or, in a ClusterRole bound cluster-wide, in the cluster):
#   database passwords, TLS keys and other service accounts' tokens, which
#   escalate to their permissions. A rule limited to named Secrets with
#   resourceNames is the least-privilege idiom and is not reported; rules
#   with verbs or resources "*" are reported by PL-K8S-027.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/rbac-good-practices/#listing-secrets
#   - ref: https://kubernetes.io/docs/concepts/configuration/secret/#information-security-for-secrets
# custom:
#   id: PL-K8S-028
#   severity: high
#   rationale: Reading every Secret exposes every credential stored in the cluster scope of the role and escalates to other identities.
#   input: kubernetes
#   resources: [Role, ClusterRole]
#   tags: [kubernetes, rbac, secrets]
#   remediation: >-
#     Restrict the rule to the Secrets the application needs with `resourceNames`, e.g.
#     `{apiGroups: [""], resources: [secrets], resourceNames: [app-tls], verbs: [get]}`, and drop
#     list and watch.
package platlint.kubernetes.rbac_secrets_read

import data.platlint.lib.kubernetes_security as sec

deny contains finding if {
	input.kind in sec.role_kinds
	some i, rule in sec.arr(input.rules)
	sec.core_group(rule)
	some j, resource in sec.arr(rule.resources)
	resource == "secrets"
	count(sec.arr(object.get(rule, "resourceNames", null))) == 0
	verbs := [v | some v in sec.arr(rule.verbs); v in {"get", "list", "watch"}]
	count(verbs) > 0
	finding := {
		"msg": sprintf("%s grants %s on all secrets", [sec.rule_label(i), concat(", ", verbs)]),
		"path": ["rules", i, "resources", j],
	}
}
