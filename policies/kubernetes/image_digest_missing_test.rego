package platlint.kubernetes.image_digest_missing_test

import data.platlint.kubernetes.image_digest_missing as p

cronjob(image) := {"apiVersion": "batch/v1", "kind": "CronJob", "metadata": {"name": "report"}, "spec": {"jobTemplate": {"spec": {"template": {"spec": {"containers": [{"name": "report", "image": image}]}}}}}}

test_tag_only if {
	r := p.deny with input as cronjob("ghcr.io/acme/report:2.3.0")
	count(r) == 1
	some f in r
	f.path == ["spec", "jobTemplate", "spec", "template", "spec", "containers", 0, "image"]
	f.msg == `CronJob report container "report" uses image ghcr.io/acme/report:2.3.0 by tag, not by digest`
}

test_digest_is_fine if {
	count(p.deny) == 0 with input as cronjob("ghcr.io/acme/report:2.3.0@sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
}

test_latest_is_left_to_pl_k8s_022 if {
	count(p.deny) == 0 with input as cronjob("ghcr.io/acme/report")
	count(p.deny) == 0 with input as cronjob("ghcr.io/acme/report:latest")
}

test_kustomize_digest if {
	inv := {"complete": true, "kubernetes": {"Kustomization": {"": {"": {"images": [{"name": "ghcr.io/acme/report", "digest": "sha256:9f86"}]}}}}}
	count(p.deny) == 0 with input as cronjob("ghcr.io/acme/report:2.3.0") with data.platlint.inventory as inv
}
