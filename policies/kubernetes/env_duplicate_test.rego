package platlint.kubernetes.env_duplicate_test

import data.platlint.kubernetes.env_duplicate as p

pod(env) := {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "api"}, "spec": {"containers": [{"name": "api", "env": env}]}}

test_duplicate if {
	r := p.deny with input as pod([{"name": "LOG_LEVEL", "value": "info"}, {"name": "PORT", "value": "8080"}, {"name": "LOG_LEVEL", "value": "debug"}])
	count(r) == 1
	some f in r
	f.path == ["spec", "containers", 0, "env", 2, "name"]
	f.msg == `Pod api container "api" sets env LOG_LEVEL again (first at entry 0); the last value wins`
}

test_three_times_reports_the_repeats if {
	count(p.deny) == 2 with input as pod([{"name": "A"}, {"name": "A"}, {"name": "A"}])
}

test_distinct_names_are_fine if {
	count(p.deny) == 0 with input as pod([{"name": "A", "value": "1"}, {"name": "a", "value": "2"}])
}
