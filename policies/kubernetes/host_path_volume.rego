# METADATA
# title: Pod mounts a hostPath volume
# description: >-
#   A hostPath volume exposes a file or directory of the node to the pod.
#   Writable host paths let a container plant files the node executes, and
#   readable ones leak other pods' data, credentials and logs; the pod is
#   also tied to what happens to exist on one node. Use emptyDir, a
#   PersistentVolumeClaim, a ConfigMap/Secret or a CSI driver instead. Mounts
#   of the container runtime socket are reported by PL-K8S-013 instead.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/storage/volumes/#hostpath
#   - ref: https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
# custom:
#   id: PL-K8S-012
#   severity: medium
#   rationale: Host paths are a common container escape and data-leak route, but most mounts in practice are narrow (logs, device plugins) and read-only.
#   input: kubernetes
#   resources: [Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Pod, Job, CronJob]
#   tags: [kubernetes, pod-security, isolation]
#   remediation: >-
#     Replace the hostPath volume with `emptyDir: {}`, a PersistentVolumeClaim or a projected
#     ConfigMap/Secret; if a node agent must read the host, mount the narrowest path with
#     `readOnly: true`.
package platlint.kubernetes.host_path_volume

import data.platlint.lib.kubernetes as k8s
import data.platlint.lib.kubernetes_security as sec

deny contains finding if {
	k8s.is_workload
	some i, v in sec.arr(k8s.pod_spec.volumes)
	path := v.hostPath.path
	not sec.exposes_runtime_socket(path)
	finding := {
		"msg": sprintf("%s mounts the node's %s through hostPath volume %q", [k8s.name, path, v.name]),
		"path": array.concat(k8s.pod_spec_path, ["volumes", i, "hostPath", "path"]),
	}
}
