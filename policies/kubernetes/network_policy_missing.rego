# METADATA
# title: Pods not isolated by any NetworkPolicy
# description: >-
#   Pods that no NetworkPolicy selects accept traffic from every pod in the
#   cluster, so one compromised workload can reach all the others. A policy
#   isolates the pods its podSelector matches (an empty podSelector matches
#   the whole namespace, the usual default-deny) when its policyTypes include
#   Ingress. It runs only when whole directories are scanned, comparing
#   long-running workloads with the NetworkPolicies of the same namespace
#   (objects without a namespace are compared with each other); hostNetwork
#   pods, which policies do not cover, are skipped, and so are namespaces
#   where the scan holds Cilium or Calico policies (or cluster-wide
#   Cilium, Calico or AdminNetworkPolicy ones), whose selectors are not
#   evaluated.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/services-networking/network-policies/
#   - ref: https://kubernetes.io/docs/concepts/services-networking/network-policies/#default-deny-all-ingress-traffic
#   - ref: https://www.cisecurity.org/benchmark/kubernetes
# custom:
#   id: PL-K8S-040
#   severity: medium
#   rationale: A flat pod network lets any foothold move laterally to every service, but exploiting it still needs a first compromise.
#   input: kubernetes
#   resources: [Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Pod]
#   tags: [kubernetes, network, isolation]
#   remediation: >-
#     Add a default-deny NetworkPolicy to the namespace (`spec: {podSelector: {}, policyTypes:
#     [Ingress]}`) and policies that allow the traffic each workload needs.
package platlint.kubernetes.network_policy_missing

import data.platlint.lib.kubernetes as k8s
import data.platlint.lib.kubernetes_security as sec

deny contains finding if {
	input.kind in k8s.long_running_kinds
	sec.inventory_complete
	not k8s.pod_spec.hostNetwork == true
	not isolated
	not sec.other_network_policies(sec.namespace)
	finding := {
		"msg": sprintf("%s is not selected by any NetworkPolicy %s, so every pod in the cluster can reach it", [k8s.name, sec.ns_label(sec.namespace)]),
		"path": where,
	}
}

isolated if {
	some name in sec.selector_candidates("NetworkPolicy", sec.namespace, sec.template_labels)
	np := sec.objects("NetworkPolicy", sec.namespace)[name]
	sec.isolates_ingress(np)
	sec.selector_matches(np.spec.podSelector, sec.template_labels)
}

where := array.concat(sec.template_metadata_path, ["labels"]) if sec.has(object.get(input, sec.template_metadata_path, {}), "labels")

else := []
