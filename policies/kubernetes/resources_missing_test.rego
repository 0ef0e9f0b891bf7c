package platlint.kubernetes.resources_missing_test

import data.platlint.kubernetes.resources_missing as p

full := {"requests": {"cpu": "100m", "memory": "128Mi"}, "limits": {"cpu": "500m", "memory": "256Mi"}}

pod(containers, init) := {"kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": containers, "initContainers": init}}

test_no_resources if {
	r := p.deny with input as pod([{"name": "a"}], [])
	count(r) == 1
	some f in r
	f.path == ["spec", "containers", 0]
	f.msg == `Pod p container "a" does not set requests.cpu, requests.memory, limits.cpu, limits.memory`
}

test_partial_resources_point_at_resources if {
	r := p.deny with input as pod([{"name": "a", "resources": {"requests": {"cpu": "1"}}}], [])
	some f in r
	f.path == ["spec", "containers", 0, "resources"]
}

test_init_container_checked if {
	r := p.deny with input as pod([{"name": "a", "resources": full}], [{"name": "init"}])
	count(r) == 1
	some f in r
	f.path == ["spec", "initContainers", 0]
}

test_cronjob_checked if {
	count(p.deny) == 1 with input as {"kind": "CronJob", "metadata": {"name": "c"}, "spec": {"jobTemplate": {"spec": {"template": {"spec": {"containers": [{"name": "c"}]}}}}}}
}

test_full_resources_are_fine if {
	count(p.deny) == 0 with input as pod([{"name": "a", "resources": full}], [{"name": "i", "resources": full}])
}

test_non_workloads_are_ignored if {
	count(p.deny) == 0 with input as {"kind": "Service", "metadata": {"name": "s"}, "spec": {"containers": [{"name": "x"}]}}
}
