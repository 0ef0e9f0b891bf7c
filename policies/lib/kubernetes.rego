# METADATA
# title: Kubernetes helpers
# description: Pod spec and container lookups shared by the Kubernetes policies.
package platlint.lib.kubernetes

# pod_spec_paths maps each workload kind to where its pod spec lives.
pod_spec_paths := {
	"Pod": ["spec"],
	"Deployment": ["spec", "template", "spec"],
	"StatefulSet": ["spec", "template", "spec"],
	"DaemonSet": ["spec", "template", "spec"],
	"ReplicaSet": ["spec", "template", "spec"],
	"ReplicationController": ["spec", "template", "spec"],
	"Job": ["spec", "template", "spec"],
	"CronJob": ["spec", "jobTemplate", "spec", "template", "spec"],
}

# long_running_kinds run until stopped, so they need probes and disruption
# budgets; Jobs and CronJobs run to completion.
long_running_kinds := {"Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController"}

is_workload if pod_spec_paths[input.kind]

pod_spec_path := pod_spec_paths[input.kind]

pod_spec := object.get(input, pod_spec_path, {})

# name is "Kind namespace/name", or "Kind name" without a namespace.
name := sprintf("%s %s/%s", [input.kind, input.metadata.namespace, input.metadata.name]) if {
	input.metadata.namespace
} else := sprintf("%s %s", [input.kind, input.metadata.name]) if {
	input.metadata.name
} else := input.kind

# containers holds every container of the workload, init containers
# included, with its path into the input so findings point at it.
containers contains {"path": array.concat(pod_spec_path, [field, i]), "container": c, "init": field == "initContainers", "label": label(field, c)} if {
	is_workload
	some field in ["containers", "initContainers"]
	some i, c in pod_spec[field]
}

label(field, c) := sprintf("%s init container %q", [name, c.name]) if field == "initContainers"

label(field, c) := sprintf("%s container %q", [name, c.name]) if field != "initContainers"

# credential_name holds for names that suggest a secret value, also inside
# longer names such as DB_PASSWORD or stripeApiKey.
credential_name(key) if {
	k := lower(key)
	regex.match(`(passw(or)?d|passwd|secret|token|api[_.\-]?key|private[_.\-]?key|access[_.\-]?key|credential|client[_.\-]?secret)`, k)
	not regex.match(`([_.\-]|^)(file|path|dir|url|uri|endpoint|name|ref|enabled|length|ttl|expiry|expiration|timeout|header|type|mode|policy|rotation|id)$|(file|path|url|name|ref)$`, k)
}

# access key ids are not secret on their own, but they are as telling as one.
credential_name(key) if regex.match(`(^|[_.\-])access[_.\-]?key[_.\-]?id$`, lower(key))

# credential_value holds for values that are unmistakably secrets.
credential_value(v) if {
	is_string(v)
	regex.match(`-----BEGIN ((RSA|EC|DSA|OPENSSH|ENCRYPTED|PGP) )?PRIVATE KEY( BLOCK)?-----`, v)
}

credential_value(v) if {
	is_string(v)
	regex.match(`(^|[^A-Z0-9])(AKIA|ASIA)[A-Z0-9]{16}([^A-Z0-9]|$)`, v)
}

# literal_value holds for a non-empty value written in the manifest, as
# opposed to a placeholder or a boolean/number switch.
literal_value(v) if {
	is_string(v)
	trim_space(v) != ""
	not lower(v) in {"true", "false", "yes", "no", "none", "null", "changeme"}
	not regex.match(`^[0-9]+$`, v)
}
