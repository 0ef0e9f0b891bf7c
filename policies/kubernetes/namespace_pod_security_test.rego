package platlint.kubernetes.namespace_pod_security_test

import data.platlint.kubernetes.namespace_pod_security as p

namespace(labels) := {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "shop", "labels": labels}}

test_missing_label if {
	r := p.deny with input as namespace({"team": "shop"})
	count(r) == 1
	some f in r
	f.path == ["metadata", "labels"]
	f.msg == "Namespace shop has no pod-security.kubernetes.io/enforce label, so Pod Security Admission does not restrict its pods"
}

test_no_labels_points_at_metadata if {
	r := p.deny with input as {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "shop"}}
	some f in r
	f.path == ["metadata"]
}

test_enforced_or_explicitly_privileged_is_fine if {
	count(p.deny) == 0 with input as namespace({"pod-security.kubernetes.io/enforce": "restricted"})
	count(p.deny) == 0 with input as namespace({"pod-security.kubernetes.io/enforce": "privileged"})
}

test_system_namespaces_are_skipped if {
	count(p.deny) == 0 with input as {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "kube-system"}}
}
