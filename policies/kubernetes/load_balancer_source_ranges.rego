# METADATA
# title: Public LoadBalancer open to any address
# description: >-
#   A Service of type LoadBalancer gets an internet-facing load balancer on
#   most clouds. Without loadBalancerSourceRanges (or the
#   service.beta.kubernetes.io/load-balancer-source-ranges annotation), or
#   with 0.0.0.0/0 or ::/0 in them, anyone on the internet can reach the
#   service. Internal load balancers, marked with the cloud's annotation (AWS,
#   GCP, Azure, OCI, OpenStack, IBM), are not reported. Put public HTTP
#   services behind an Ingress with TLS instead.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/services-networking/service/#loadbalancer
#   - ref: https://kubernetes.io/docs/tasks/access-application-cluster/configure-cloud-provider-firewall/
#   - ref: https://kubernetes.io/docs/concepts/services-networking/service/#internal-load-balancer
# custom:
#   id: PL-K8S-036
#   severity: medium
#   rationale: The service is exposed to the internet at large, which is sometimes intended but should be explicit.
#   input: kubernetes
#   resources: [Service]
#   tags: [kubernetes, network, exposure]
#   remediation: >-
#     Add `loadBalancerSourceRanges` with the client networks (e.g. `[203.0.113.0/24]`), mark the
#     load balancer internal with your cloud's annotation, or use ClusterIP behind an Ingress.
package platlint.kubernetes.load_balancer_source_ranges

import data.platlint.lib.kubernetes as k8s
import data.platlint.lib.kubernetes_security as sec

internal_annotations := {
	"service.beta.kubernetes.io/aws-load-balancer-internal": {"true", "0.0.0.0/0"},
	"service.beta.kubernetes.io/aws-load-balancer-scheme": {"internal"},
	"networking.gke.io/load-balancer-type": {"internal"},
	"cloud.google.com/load-balancer-type": {"internal"},
	"service.beta.kubernetes.io/azure-load-balancer-internal": {"true"},
	"service.beta.kubernetes.io/oci-load-balancer-internal": {"true"},
	"service.beta.kubernetes.io/openstack-internal-load-balancer": {"true"},
	"service.kubernetes.io/ibm-load-balancer-cloud-provider-ip-type": {"private"},
}

annotations := sec.obj(object.get(input, ["metadata", "annotations"], null))

internal_load_balancer if {
	some key, values in internal_annotations
	lower(sprintf("%v", [annotations[key]])) in values
}

open_ranges := {"0.0.0.0/0", "::/0"}

ranges := sec.arr(object.get(input, ["spec", "loadBalancerSourceRanges"], null))

annotation_ranges := [trim_space(r) | some r in split(annotations["service.beta.kubernetes.io/load-balancer-source-ranges"], ",")]

deny contains finding if {
	input.kind == "Service"
	input.spec.type == "LoadBalancer"
	not internal_load_balancer
	count(ranges) == 0
	count(annotation_ranges) == 0
	finding := {
		"msg": sprintf("%s is a public LoadBalancer without loadBalancerSourceRanges, open to any address", [k8s.name]),
		"path": ["spec", "type"],
	}
}

deny contains finding if {
	input.kind == "Service"
	input.spec.type == "LoadBalancer"
	not internal_load_balancer
	some i, r in ranges
	r in open_ranges
	finding := {
		"msg": sprintf("%s allows %s in loadBalancerSourceRanges, open to any address", [k8s.name, r]),
		"path": ["spec", "loadBalancerSourceRanges", i],
	}
}

deny contains finding if {
	input.kind == "Service"
	input.spec.type == "LoadBalancer"
	not internal_load_balancer
	count(ranges) == 0
	some r in annotation_ranges
	r in open_ranges
	finding := {
		"msg": sprintf("%s allows %s in its load-balancer-source-ranges annotation, open to any address", [k8s.name, r]),
		"path": ["metadata", "annotations", "service.beta.kubernetes.io/load-balancer-source-ranges"],
	}
}
