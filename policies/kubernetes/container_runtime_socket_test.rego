package platlint.kubernetes.container_runtime_socket_test

import data.platlint.kubernetes.container_runtime_socket as p

pod(volumes) := {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "ci-runner", "namespace": "ci"}, "spec": {"containers": [{"name": "runner"}], "volumes": volumes}}

test_docker_sock if {
	r := p.deny with input as pod([{"name": "docker", "hostPath": {"path": "/var/run/docker.sock", "type": "Socket"}}])
	count(r) == 1
	some f in r
	f.path == ["spec", "volumes", 0, "hostPath", "path"]
	f.msg == `Pod ci/ci-runner mounts the container runtime socket /var/run/docker.sock (hostPath volume "docker"), which gives root on the node`
}

test_containerd_and_parent_directories if {
	count(p.deny) == 1 with input as pod([{"name": "c", "hostPath": {"path": "/run/containerd/containerd.sock"}}])
	count(p.deny) == 1 with input as pod([{"name": "c", "hostPath": {"path": "/run/containerd/"}}])
	count(p.deny) == 1 with input as pod([{"name": "c", "hostPath": {"path": "/var/run"}}])
	count(p.deny) == 1 with input as pod([{"name": "root", "hostPath": {"path": "/"}}])
}

test_other_host_paths_are_fine if {
	count(p.deny) == 0 with input as pod([{"name": "log", "hostPath": {"path": "/var/log"}}])
	count(p.deny) == 0 with input as pod([{"name": "var", "hostPath": {"path": "/var"}}])
	count(p.deny) == 0 with input as pod([{"name": "run-app", "hostPath": {"path": "/run/app"}}])
	count(p.deny) == 0 with input as pod([{"name": "tmp", "emptyDir": {}}])
}
