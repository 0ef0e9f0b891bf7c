# METADATA
# title: Pod mounts the container runtime socket
# description: >-
#   Mounting the Docker, containerd, CRI-O or Podman socket from the node (or
#   a directory holding it, such as /run or /) lets the container ask the
#   runtime to start a privileged container with the node's root filesystem:
#   it is root on the node and can read every other pod's secrets. Build
#   images with rootless tools (BuildKit rootless, Kaniko, Buildah) instead.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/storage/volumes/#hostpath
#   - ref: https://docs.docker.com/engine/security/#docker-daemon-attack-surface
#   - ref: https://www.cisecurity.org/benchmark/docker
# custom:
#   id: PL-K8S-013
#   severity: critical
#   rationale: Access to the runtime socket is a direct, well-known escalation to root on the node.
#   input: kubernetes
#   resources: [Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Pod, Job, CronJob]
#   tags: [kubernetes, pod-security, isolation]
#   remediation: >-
#     Remove the hostPath volume for the runtime socket; build images with a daemonless builder
#     (e.g. `gcr.io/kaniko-project/executor` or rootless BuildKit) and read container metadata
#     through the Kubernetes API.
package platlint.kubernetes.container_runtime_socket

import data.platlint.lib.kubernetes as k8s
import data.platlint.lib.kubernetes_security as sec

deny contains finding if {
	k8s.is_workload
	some i, v in sec.arr(k8s.pod_spec.volumes)
	path := v.hostPath.path
	sec.exposes_runtime_socket(path)
	finding := {
		"msg": message(path, v.name),
		"path": array.concat(k8s.pod_spec_path, ["volumes", i, "hostPath", "path"]),
	}
}

message(path, volume) := sprintf("%s mounts the container runtime socket %s (hostPath volume %q), which gives root on the node", [k8s.name, path, volume]) if {
	sec.host_path_clean(path) in sec.runtime_sockets
} else := sprintf("%s mounts the node's %s (hostPath volume %q), which holds the container runtime socket and gives root on the node", [k8s.name, path, volume])
