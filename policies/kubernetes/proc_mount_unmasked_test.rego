package platlint.kubernetes.proc_mount_unmasked_test

import data.platlint.kubernetes.proc_mount_unmasked as p

pod(sc) := {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "buildkit"}, "spec": {"hostUsers": false, "containers": [{"name": "buildkitd", "securityContext": sc}]}}

test_unmasked if {
	r := p.deny with input as pod({"procMount": "Unmasked"})
	count(r) == 1
	some f in r
	f.path == ["spec", "containers", 0, "securityContext", "procMount"]
	f.msg == `Pod buildkit container "buildkitd" unmasks /proc (procMount: Unmasked)`
}

test_default_is_fine if {
	count(p.deny) == 0 with input as pod({"procMount": "Default"})
	count(p.deny) == 0 with input as pod({})
}
