# METADATA
# title: Pod runs as the default service account with its token mounted
# description: >-
#   A pod that sets no serviceAccountName runs as the namespace's default
#   service account, shared by every such pod, and gets its token mounted.
#   Any permission someone grants to "default" for one application is then
#   held by all of them. Pods that set automountServiceAccountToken false
#   (or whose namespace's default ServiceAccount, when scanned, does) are not
#   reported: without a token the identity is unused.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/service-accounts/#default-service-accounts
#   - ref: https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/
#   - ref: https://www.cisecurity.org/benchmark/kubernetes
# custom:
#   id: PL-K8S-026
#   severity: low
#   rationale: The default account usually holds no permissions, so the exposure depends on grants made elsewhere.
#   input: kubernetes
#   resources: [Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Pod, Job, CronJob]
#   tags: [kubernetes, service-accounts, least-privilege]
#   remediation: >-
#     Create a dedicated ServiceAccount for the application and set `serviceAccountName` to it,
#     or set `automountServiceAccountToken: false` in the pod spec if it does not use the API.
package platlint.kubernetes.default_service_account

import data.platlint.lib.kubernetes as k8s
import data.platlint.lib.kubernetes_security as sec

deny contains finding if {
	k8s.is_workload
	sec.service_account_of(k8s.pod_spec) == "default"
	not k8s.pod_spec.automountServiceAccountToken == false
	not default_account_opted_out
	finding := {
		"msg": sprintf("%s runs as the default service account with its token mounted", [k8s.name]),
		"path": where,
	}
}

# The namespace's default ServiceAccount, when scanned, opts out for pods
# that do not ask for the token themselves.
default_account_opted_out if {
	not sec.has(k8s.pod_spec, "automountServiceAccountToken")
	sa := data.platlint.inventory.kubernetes.ServiceAccount[sec.namespace]["default"]
	sa.automountServiceAccountToken == false
}

where := array.concat(k8s.pod_spec_path, ["serviceAccountName"]) if sec.has(k8s.pod_spec, "serviceAccountName")

else := array.concat(k8s.pod_spec_path, ["automountServiceAccountToken"]) if sec.has(k8s.pod_spec, "automountServiceAccountToken")

else := k8s.pod_spec_path
