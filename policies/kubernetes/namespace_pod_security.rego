# METADATA
# title: Namespace without a Pod Security Admission level
# description: >-
#   Pod Security Admission enforces the baseline or restricted Pod Security
#   Standard on a namespace only when it carries the
#   pod-security.kubernetes.io/enforce label; without it the cluster default
#   applies, which is privileged (nothing enforced) unless the API server's
#   admission configuration says otherwise. An explicit enforce: privileged
#   is a documented exemption and is not reported, nor are the kube-system,
#   kube-public and kube-node-lease namespaces.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/pod-security-admission/
#   - ref: https://kubernetes.io/docs/tasks/configure-pod-container/enforce-standards-namespace-labels/
# custom:
#   id: PL-K8S-044
#   severity: low
#   rationale: It removes a guardrail against insecure pods rather than exposing anything itself, and clusters may enforce a default elsewhere.
#   input: kubernetes
#   resources: [Namespace]
#   tags: [kubernetes, pod-security, admission]
#   remediation: >-
#     Label the namespace, e.g. `pod-security.kubernetes.io/enforce: restricted` (or `baseline`),
#     optionally with `pod-security.kubernetes.io/enforce-version: latest`.
package platlint.kubernetes.namespace_pod_security

import data.platlint.lib.kubernetes as k8s
import data.platlint.lib.kubernetes_security as sec

system_namespaces := {"kube-system", "kube-public", "kube-node-lease"}

deny contains finding if {
	input.kind == "Namespace"
	not input.metadata.name in system_namespaces
	not sec.has(labels, "pod-security.kubernetes.io/enforce")
	finding := {
		"msg": sprintf("%s has no pod-security.kubernetes.io/enforce label, so Pod Security Admission does not restrict its pods", [k8s.name]),
		"path": where,
	}
}

labels := sec.obj(object.get(input, ["metadata", "labels"], null))

where := ["metadata", "labels"] if is_object(object.get(input, ["metadata", "labels"], null))

else := ["metadata"]
