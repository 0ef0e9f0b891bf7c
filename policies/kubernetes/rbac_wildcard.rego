# METADATA
# title: RBAC rule grants every verb or every resource
# description: >-
#   A "*" in a Role or ClusterRole rule's verbs or resources grants
#   everything, including what does not exist yet: new subresources, new
#   CRDs, and verbs such as escalate, bind and impersonate. Such rules are
#   almost always broader than needed and are hard to review. Rules for
#   nonResourceURLs only, and apiGroups, are not checked.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege
#   - ref: https://kubernetes.io/docs/reference/access-authn-authz/rbac/
#   - ref: https://www.cisecurity.org/benchmark/kubernetes
# custom:
#   id: PL-K8S-027
#   severity: high
#   rationale: Wildcards usually grant far more than intended, up to full control of the namespace or cluster.
#   input: kubernetes
#   resources: [Role, ClusterRole]
#   tags: [kubernetes, rbac, least-privilege]
#   remediation: >-
#     List the verbs and resources the subject needs, e.g.
#     `{apiGroups: [apps], resources: [deployments], verbs: [get, list, watch, patch]}`.
package platlint.kubernetes.rbac_wildcard

import data.platlint.lib.kubernetes_security as sec

deny contains finding if {
	input.kind in sec.role_kinds
	some i, rule in sec.arr(input.rules)
	verbs := wildcards(rule, "verbs")
	resources := wildcards(rule, "resources")
	count(verbs) + count(resources) > 0
	finding := result(i, rule, verbs, resources)
}

wildcards(rule, field) := [j | some j, v in sec.arr(object.get(rule, field, null)); v == "*"]

result(i, _, verbs, resources) := {
	"msg": sprintf("%s grants every verb on every resource", [sec.rule_label(i)]),
	"path": ["rules", i],
} if {
	count(verbs) > 0
	count(resources) > 0
}

result(i, rule, verbs, resources) := {
	"msg": sprintf("%s grants every verb (\"*\") on %s", [sec.rule_label(i), concat(", ", sec.arr(object.get(rule, "resources", null)))]),
	"path": ["rules", i, "verbs", verbs[0]],
} if {
	count(verbs) > 0
	count(resources) == 0
	count(sec.arr(object.get(rule, "resources", null))) > 0
}

result(i, rule, verbs, resources) := {
	"msg": sprintf("%s grants %s on every resource (\"*\")", [sec.rule_label(i), concat(", ", sec.arr(object.get(rule, "verbs", null)))]),
	"path": ["rules", i, "resources", resources[0]],
} if {
	count(verbs) == 0
	count(resources) > 0
}
