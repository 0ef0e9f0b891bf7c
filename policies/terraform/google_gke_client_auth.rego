# METADATA
# title: GKE cluster issues a client certificate or uses basic authentication
# description: >-
#   master_auth with issue_client_certificate = true creates a long-lived
#   cluster-admin credential that cannot be revoked short of rotating the
#   cluster CA; a username and password (basic auth, removed from GKE but still
#   found in older configurations) is a static shared secret. Both sidestep IAM.
# related_resources:
#   - ref: https://cloud.google.com/kubernetes-engine/docs/how-to/api-server-authentication#legacy-auth
#   - ref: https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#master_auth
#   - ref: https://www.cisecurity.org/benchmark/kubernetes
#     description: "CIS GKE Benchmark: Ensure authentication using Client Certificates is Disabled"
# custom:
#   id: PL-TF-117
#   severity: high
#   rationale: A leaked static admin credential gives full, unrevocable control of the cluster.
#   input: terraform
#   resources: [google_container_cluster]
#   tags: [gcp, gke, kubernetes, authentication]
#   remediation: >-
#     Set `master_auth { client_certificate_config { issue_client_certificate = false } }`, drop `username` and
#     `password`, and authenticate with IAM (gke-gcloud-auth-plugin).
package platlint.terraform.google_gke_client_auth

import data.platlint.lib.terraform as tf

deny contains finding if {
	some name, r in input.resource.google_container_cluster
	some i, auth in r.master_auth
	some j, cc in auth.client_certificate_config
	tf.is_true(cc.issue_client_certificate)
	finding := {
		"msg": sprintf("google_container_cluster.%s issues a long-lived client certificate", [name]),
		"path": ["resource", "google_container_cluster", name, "master_auth", i, "client_certificate_config", j, "issue_client_certificate"],
	}
}

deny contains finding if {
	some name, r in input.resource.google_container_cluster
	some i, auth in r.master_auth
	set := [attr | some attr in ["username", "password"]; is_string(auth[attr]); auth[attr] != ""]
	count(set) > 0
	finding := {
		"msg": sprintf("google_container_cluster.%s enables basic authentication (master_auth sets %s)", [name, concat(" and ", set)]),
		"path": ["resource", "google_container_cluster", name, "master_auth", i, set[0]],
	}
}
