package platlint.kubernetes.root_filesystem_writable_test

import data.platlint.kubernetes.root_filesystem_writable as p

job(sc) := {"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": "migrate", "namespace": "prod"}, "spec": {"template": {"spec": {"containers": [{"name": "migrate", "securityContext": sc}]}}}}

test_missing if {
	r := p.deny with input as job({"runAsNonRoot": true})
	count(r) == 1
	some f in r
	f.path == ["spec", "template", "spec", "containers", 0, "securityContext"]
	f.msg == `Job prod/migrate container "migrate" does not set readOnlyRootFilesystem: true`
}

test_explicit_false if {
	r := p.deny with input as job({"readOnlyRootFilesystem": false})
	some f in r
	f.path == ["spec", "template", "spec", "containers", 0, "securityContext", "readOnlyRootFilesystem"]
}

test_true_is_fine if {
	count(p.deny) == 0 with input as job({"readOnlyRootFilesystem": true})
}

test_windows_is_skipped if {
	count(p.deny) == 0 with input as {"kind": "Pod", "metadata": {"name": "w"}, "spec": {"os": {"name": "windows"}, "containers": [{"name": "iis"}]}}
}
