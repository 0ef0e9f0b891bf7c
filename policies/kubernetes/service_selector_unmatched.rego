# METADATA
# title: Service selects no workload
# description: >-
#   A Service whose selector matches the pod labels of no workload in its
#   namespace has no endpoints: clients get connection refused, usually
#   because of a label typo or a label renamed on one side only. It runs only
#   when whole directories are scanned and the namespace holds workloads in
#   the scan, and it stays quiet when the namespace also holds custom
#   resources, whose operators create pods the scan cannot see. Services
#   without a selector (manual Endpoints) and ExternalName Services are not
#   checked.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service
#   - ref: https://kubernetes.io/docs/tasks/debug/debug-application/debug-service/#does-the-service-have-any-endpoints
# custom:
#   id: PL-K8S-045
#   severity: medium
#   rationale: A Service without endpoints is an outage for everything that calls it.
#   input: kubernetes
#   resources: [Service]
#   tags: [kubernetes, reliability, correctness]
#   remediation: >-
#     Make `spec.selector` match the labels in the workload's pod template
#     (`spec.template.metadata.labels`), e.g. `selector: {app: web}`.
package platlint.kubernetes.service_selector_unmatched

import data.platlint.lib.kubernetes as k8s
import data.platlint.lib.kubernetes_security as sec

deny contains finding if {
	input.kind == "Service"
	sec.inventory_complete
	not input.spec.type == "ExternalName"
	selector := sec.obj(object.get(input, ["spec", "selector"], null))
	count(selector) > 0
	has_workloads
	not custom_resources
	not matched(selector)
	finding := {
		"msg": sprintf("%s selects %s, which matches the pods of no workload %s", [k8s.name, format(selector), sec.ns_label(sec.namespace)]),
		"path": ["spec", "selector"],
	}
}

# The engine indexes the inventory once per scan (pod_labels, api_versions)
# so that a Service costs lookups, not a walk of its namespace; without the
# index (unit tests) the same facts are derived from the objects.
index := data.platlint.inventory.pod_labels[sec.namespace] if {
	data.platlint.inventory.pod_labels
} else := {pair: workloads |
	some pair in {sprintf("%s=%s", [k, v]) | some w in workloads_in_namespace; some k, v in w.labels; is_string(v)}
	workloads := {w.id: true | some w in workloads_in_namespace; pair in {sprintf("%s=%s", [k, v]) | some k, v in w.labels; is_string(v)}}
}

workloads_in_namespace contains {"id": sprintf("%s/%s", [kind, name]), "labels": labels} if {
	not data.platlint.inventory.pod_labels
	some kind, path in k8s.pod_spec_paths
	some name, w in sec.objects(kind, sec.namespace)
	labels := sec.obj(object.get(w, labels_path(kind, path), null))
}

has_workloads if count(index) > 0

labels_path("Pod", _) := ["metadata", "labels"]

labels_path(kind, path) := array.concat(array.slice(path, 0, count(path) - 1), ["metadata", "labels"]) if kind != "Pod"

# matched holds when one workload carries every pair of the selector.
matched(selector) if {
	pairs := [sprintf("%s=%s", [k, v]) | some k, v in selector]
	some id, _ in object.get(index, pairs[0], {})
	every p in pairs {
		object.get(index, [p, id], false)
	}
}

# Objects of API groups outside Kubernetes' own (operators' custom
# resources) may stand for pods the scan cannot see.
custom_resources if {
	some api, _ in api_versions
	custom_api(api)
}

api_versions := data.platlint.inventory.api_versions[sec.namespace] if {
	data.platlint.inventory.api_versions
} else := {obj.apiVersion: true |
	some _, by_ns in data.platlint.inventory.kubernetes
	some _, obj in by_ns[sec.namespace]
}

custom_api(api) if {
	contains(api, "/")
	group := split(api, "/")[0]
	contains(group, ".")
	not endswith(group, ".k8s.io")
}

format(selector) := concat(", ", sort([sprintf("%s=%v", [k, v]) | some k, v in selector]))
