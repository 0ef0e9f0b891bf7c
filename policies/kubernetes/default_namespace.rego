# METADATA
# title: Workload in the default namespace
# description: >-
#   The default namespace is where everything lands by accident: it usually
#   has no resource quotas, NetworkPolicies or Pod Security labels, and
#   whatever is granted there is shared by unrelated workloads. Only an
#   explicit `namespace: default` is reported: manifests without a namespace
#   usually get one from kustomize, Helm, Argo CD or kubectl -n at deploy
#   time.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/#initial-namespaces
#   - ref: https://www.cisecurity.org/benchmark/kubernetes
# custom:
#   id: PL-K8S-034
#   severity: low
#   rationale: It weakens isolation and policy coverage rather than exposing anything directly.
#   input: kubernetes
#   resources: [Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Pod, Job, CronJob]
#   tags: [kubernetes, isolation]
#   remediation: >-
#     Give the application its own namespace, e.g. `metadata: {namespace: payments}` (or set
#     `namespace: payments` in the kustomization), with its own quotas and policies.
package platlint.kubernetes.default_namespace

import data.platlint.lib.kubernetes as k8s

deny contains finding if {
	input.metadata.namespace == "default"
	k8s.is_workload
	finding := {
		"msg": sprintf("%s is deployed to the default namespace", [k8s.name]),
		"path": ["metadata", "namespace"],
	}
}
