# METADATA
# title: Service account token mounted without any RBAC grant
# description: >-
#   Every pod gets a token for its service account mounted at
#   /var/run/secrets/kubernetes.io/serviceaccount unless
#   automountServiceAccountToken is false on the pod or the ServiceAccount.
#   When no RoleBinding or ClusterRoleBinding grants the account anything,
#   the application does not talk to the API, and the token only helps an
#   attacker who gets into the pod to explore the cluster (and inherits any
#   permission granted later). Reported on a ServiceAccount that workloads in
#   the scan use without opting out, and on a workload that sets
#   automountServiceAccountToken true for such an account. It runs only when
#   whole directories are scanned, since the grant may live in another file.
#   Pods using the default service account are reported by PL-K8S-026.
# related_resources:
#   - ref: https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting
#   - ref: https://kubernetes.io/docs/concepts/security/service-accounts/
#   - ref: https://www.cisecurity.org/benchmark/kubernetes
# custom:
#   id: PL-K8S-025
#   severity: low
#   rationale: An ungranted token allows little more than API discovery today, so the risk is in what it enables later.
#   input: kubernetes
#   resources: [ServiceAccount, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Pod, Job, CronJob]
#   tags: [kubernetes, service-accounts, least-privilege]
#   remediation: >-
#     Set `automountServiceAccountToken: false` on the ServiceAccount (or in the pod spec); pods
#     that do need the API can set it back to `true`.
package platlint.kubernetes.service_account_token_unneeded

import data.platlint.lib.kubernetes as k8s
import data.platlint.lib.kubernetes_security as sec

deny contains finding if {
	input.kind == "ServiceAccount"
	sec.inventory_complete
	not input.automountServiceAccountToken == false
	name := input.metadata.name
	not sec.bound(sec.namespace, name)
	users := mounting_workloads(sec.namespace, name)
	count(users) > 0
	finding := {
		"msg": sprintf("%s is not granted anything by any RoleBinding or ClusterRoleBinding, yet its token is mounted into %s", [k8s.name, concat(", ", sort(users))]),
		"path": sa_path,
	}
}

sa_path := ["automountServiceAccountToken"] if input.automountServiceAccountToken == true

else := []

# mounting_workloads names the scanned workloads that run as the account
# without opting out of the token.
mounting_workloads(ns, name) := {sprintf("%s %s", [kind, wname]) |
	some kind, path in k8s.pod_spec_paths
	some wname, w in data.platlint.inventory.kubernetes[kind][ns]
	spec := object.get(w, path, {})
	sec.service_account_of(spec) == name
	not spec.automountServiceAccountToken == false
}

deny contains finding if {
	k8s.is_workload
	sec.inventory_complete
	k8s.pod_spec.automountServiceAccountToken == true
	name := sec.service_account_of(k8s.pod_spec)
	name != "default"
	not sec.bound(sec.namespace, name)
	finding := {
		"msg": sprintf("%s mounts the token of service account %q, which no RoleBinding or ClusterRoleBinding grants anything", [k8s.name, name]),
		"path": array.concat(k8s.pod_spec_path, ["automountServiceAccountToken"]),
	}
}
