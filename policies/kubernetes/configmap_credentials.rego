# METADATA
# title: Credentials in a ConfigMap or a literal env var
# description: >-
#   ConfigMaps are readable by anyone who can read the namespace's
#   configuration, are not encrypted at rest by default and end up in git
#   and logs. A data key named like a credential (DB_PASSWORD, api_key,
#   tls.private-key), a value that is a private key or an AWS access key id,
#   or a container env var with such a name and a literal value all put a
#   secret where secrets do not belong.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/configuration/secret/
#   - ref: https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/
# custom:
#   id: PL-K8S-003
#   severity: high
#   rationale: Leaked credentials give direct access to the systems they protect.
#   input: kubernetes
#   resources: [ConfigMap, Deployment, StatefulSet, DaemonSet, ReplicaSet, Pod, Job, CronJob]
#   tags: [kubernetes, secrets]
#   remediation: >-
#     Move the value into a Secret (or an external secret store) and reference it: `env: [{name:
#     DB_PASSWORD, valueFrom: {secretKeyRef: {name: db, key: password}}}]`.
package platlint.kubernetes.configmap_credentials

import data.platlint.lib.kubernetes as k8s

deny contains finding if {
	input.kind == "ConfigMap"
	some key, value in input.data
	k8s.credential_name(key)
	k8s.literal_value(value)
	finding := {
		"msg": sprintf("%s key %q looks like a credential", [k8s.name, key]),
		"path": ["data", key],
	}
}

deny contains finding if {
	input.kind == "ConfigMap"
	some key, value in input.data
	not k8s.credential_name(key)
	k8s.credential_value(value)
	finding := {
		"msg": sprintf("%s key %q holds a private key or an AWS access key id", [k8s.name, key]),
		"path": ["data", key],
	}
}

deny contains finding if {
	some c in k8s.containers
	some i, env in c.container.env
	is_string(env.value)
	credential(env)
	finding := {
		"msg": sprintf("%s sets env %s to a literal credential; use valueFrom.secretKeyRef", [c.label, env.name]),
		"path": array.concat(c.path, ["env", i, "value"]),
	}
}

credential(env) if {
	k8s.credential_name(env.name)
	k8s.literal_value(env.value)
}

credential(env) if k8s.credential_value(env.value)
