package platlint.kubernetes.probes_missing_test

import data.platlint.kubernetes.probes_missing as p

probe := {"httpGet": {"path": "/healthz", "port": 8080}}

deployment(containers) := {
	"apiVersion": "apps/v1", "kind": "Deployment",
	"metadata": {"name": "web", "namespace": "prod"},
	"spec": {"template": {"spec": {"containers": containers, "initContainers": [{"name": "migrate", "image": "m:1"}]}}},
}

test_both_missing if {
	r := p.deny with input as deployment([{"name": "api", "image": "api:1"}])
	count(r) == 1
	some f in r
	f.path == ["spec", "template", "spec", "containers", 0]
	f.msg == `Deployment prod/web container "api" has no readinessProbe and no livenessProbe`
}

test_one_missing if {
	r := p.deny with input as deployment([{"name": "api", "readinessProbe": probe}])
	some f in r
	f.msg == `Deployment prod/web container "api" has no livenessProbe`
}

test_both_present_is_fine_and_init_containers_are_skipped if {
	count(p.deny) == 0 with input as deployment([{"name": "api", "readinessProbe": probe, "livenessProbe": probe}])
}

test_pod if {
	count(p.deny) == 1 with input as {"kind": "Pod", "metadata": {"name": "x"}, "spec": {"containers": [{"name": "c"}]}}
}

test_jobs_and_cronjobs_are_not_checked if {
	count(p.deny) == 0 with input as {"kind": "Job", "metadata": {"name": "j"}, "spec": {"template": {"spec": {"containers": [{"name": "c"}]}}}}
	count(p.deny) == 0 with input as {"kind": "CronJob", "metadata": {"name": "j"}, "spec": {"jobTemplate": {"spec": {"template": {"spec": {"containers": [{"name": "c"}]}}}}}}
}
