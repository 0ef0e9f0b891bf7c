# METADATA
# title: Probe targets a port the container does not declare
# description: >-
#   An httpGet, tcpSocket or grpc probe whose port is a name the container's
#   ports do not define can never succeed: the pod never becomes ready, or
#   is restarted in a loop. A numbered port is reported when the container
#   declares its ports and the number is not among them (usually a typo or a
#   port changed in one place only); containers that declare no ports, and
#   httpGet probes to another host, are not checked.
# related_resources:
#   - ref: https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/
#   - ref: https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#Probe
# custom:
#   id: PL-K8S-042
#   severity: medium
#   rationale: A probe on the wrong port takes the workload out of service or restarts it endlessly.
#   input: kubernetes
#   resources: [Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Pod, Job, CronJob]
#   tags: [kubernetes, reliability, correctness]
#   remediation: >-
#     Point the probe at a declared port, e.g. `httpGet: {path: /healthz, port: http}` with
#     `ports: [{name: http, containerPort: 8080}]`.
package platlint.kubernetes.probe_port_unknown

import data.platlint.lib.kubernetes as k8s
import data.platlint.lib.kubernetes_security as sec

probes := {"readinessProbe", "livenessProbe", "startupProbe"}

handlers := {"httpGet", "tcpSocket", "grpc"}

deny contains finding if {
	some c in k8s.containers
	some probe in probes
	some handler in handlers
	h := c.container[probe][handler]
	not h.host
	port := h.port
	not declared(c, port)
	finding := {
		"msg": sprintf("%s %s %s port %v is not %s", [c.label, probe, handler, port, reason(port)]),
		"path": array.concat(c.path, [probe, handler, "port"]),
	}
}

declared_ports(c) := sec.arr(object.get(c.container, "ports", null))

# A name must match a named port.
declared(c, port) if {
	is_string(port)
	not regex.match(`^[0-9]+$`, port)
	some p in declared_ports(c)
	p.name == port
}

# A number (or a numeric string) must match a containerPort when the
# container declares any.
declared(c, port) if {
	number(port)
	count(declared_ports(c)) == 0
}

declared(c, port) if {
	n := number(port)
	some p in declared_ports(c)
	p.containerPort == n
}

number(port) := port if is_number(port)

number(port) := to_number(port) if {
	is_string(port)
	regex.match(`^[0-9]+$`, port)
}

reason(port) := "a named port of the container" if {
	is_string(port)
	not regex.match(`^[0-9]+$`, port)
} else := "among the container's declared ports"
