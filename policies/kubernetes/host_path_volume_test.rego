package platlint.kubernetes.host_path_volume_test

import data.platlint.kubernetes.host_path_volume as p

daemonset(volumes) := {
	"apiVersion": "apps/v1", "kind": "DaemonSet", "metadata": {"name": "logs", "namespace": "logging"},
	"spec": {"template": {"spec": {"containers": [{"name": "shipper"}], "volumes": volumes}}},
}

test_host_path if {
	r := p.deny with input as daemonset([{"name": "tmp", "emptyDir": {}}, {"name": "varlog", "hostPath": {"path": "/var/log"}}])
	count(r) == 1
	some f in r
	f.path == ["spec", "template", "spec", "volumes", 1, "hostPath", "path"]
	f.msg == `DaemonSet logging/logs mounts the node's /var/log through hostPath volume "varlog"`
}

test_runtime_socket_is_left_to_pl_k8s_013 if {
	count(p.deny) == 0 with input as daemonset([{"name": "sock", "hostPath": {"path": "/var/run/docker.sock", "type": "Socket"}}])
}

test_other_volumes_are_fine if {
	count(p.deny) == 0 with input as daemonset([
		{"name": "tmp", "emptyDir": {}},
		{"name": "data", "persistentVolumeClaim": {"claimName": "data"}},
		{"name": "cfg", "configMap": {"name": "cfg"}},
	])
}
