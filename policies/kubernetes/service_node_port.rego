# METADATA
# title: Service of type NodePort
# description: >-
#   A NodePort Service opens the same port on every node of the cluster,
#   reachable by anything that can reach a node IP, outside the Ingress or
#   load balancer where TLS, authentication and source filtering usually
#   live. Expose applications through ClusterIP plus an Ingress or a
#   LoadBalancer instead.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport
# custom:
#   id: PL-K8S-035
#   severity: medium
#   rationale: It widens the network exposure of the application to every node address, bypassing the usual edge controls.
#   input: kubernetes
#   resources: [Service]
#   tags: [kubernetes, network, exposure]
#   remediation: >-
#     Use `type: ClusterIP` and route external traffic through an Ingress (or `type: LoadBalancer`
#     with `loadBalancerSourceRanges`).
package platlint.kubernetes.service_node_port

import data.platlint.lib.kubernetes as k8s

deny contains finding if {
	input.kind == "Service"
	input.spec.type == "NodePort"
	finding := {
		"msg": sprintf("%s is of type NodePort, which opens %s on every node", [k8s.name, ports]),
		"path": ["spec", "type"],
	}
}

ports := sprintf("port %s", [concat(", ", node_ports)]) if count(node_ports) > 0

else := "a port"

node_ports := [sprintf("%v", [p.nodePort]) | some p in input.spec.ports; is_number(p.nodePort)]
