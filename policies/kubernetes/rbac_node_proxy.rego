# METADATA
# title: RBAC rule grants access to nodes/proxy
# description: >-
#   nodes/proxy forwards requests to the kubelet API of any node, which runs
#   commands in every pod on it (exec, run) and bypasses the API server's
#   audit logging and admission control for those actions. get is enough on
#   current kubelets (a "*" verb is reported by PL-K8S-027). Monitoring
#   agents should read /metrics through nonResourceURLs or nodes/metrics
#   instead.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/rbac-good-practices/#access-to-proxy-subresource-of-nodes
#   - ref: https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/
# custom:
#   id: PL-K8S-032
#   severity: high
#   rationale: Access to the kubelet API through nodes/proxy is command execution in every pod of the node, unaudited.
#   input: kubernetes
#   resources: [ClusterRole, Role]
#   tags: [kubernetes, rbac, privilege-escalation]
#   remediation: >-
#     Replace nodes/proxy with the narrow subresources the agent needs, e.g.
#     `{apiGroups: [""], resources: [nodes/metrics, nodes/stats], verbs: [get]}`.
package platlint.kubernetes.rbac_node_proxy

import data.platlint.lib.kubernetes_security as sec

deny contains finding if {
	input.kind in sec.role_kinds
	some i, rule in sec.arr(input.rules)
	sec.core_group(rule)
	some j, resource in sec.arr(rule.resources)
	resource in {"nodes/proxy", "nodes/*"}
	verbs := [v | some v in sec.arr(rule.verbs); v in {"get", "create", "update", "patch", "delete"}]
	count(verbs) > 0
	finding := {
		"msg": sprintf("%s grants %s on %s, which reaches the kubelet API of every node", [sec.rule_label(i), concat(", ", verbs), resource]),
		"path": ["rules", i, "resources", j],
	}
}
