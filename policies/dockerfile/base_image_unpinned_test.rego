package platlint.dockerfile.base_image_unpinned_test

import data.platlint.dockerfile.base_image_unpinned as p

stage(base, name, tag, digest) := {"name": "", "base": base, "from_stage": false, "line": 1, "image": {"name": name, "tag": tag, "digest": digest}, "instructions": []}

test_no_tag if {
	r := p.deny with input as {"stages": [stage("ubuntu", "ubuntu", "", "")]}
	count(r) == 1
	some f in r
	f.path == ["stages", 0, "base"]
}

test_latest if {
	count(p.deny) == 1 with input as {"stages": [stage("ghcr.io/acme/base:latest", "ghcr.io/acme/base", "latest", "")]}
}

test_tag_is_fine if {
	count(p.deny) == 0 with input as {"stages": [stage("alpine:3.20", "alpine", "3.20", "")]}
}

test_digest_is_fine if {
	count(p.deny) == 0 with input as {"stages": [stage("alpine@sha256:abc", "alpine", "", "sha256:abc")]}
}

test_scratch_and_stage_names_are_fine if {
	named := object.union(stage("build", "build", "", ""), {"from_stage": true})
	count(p.deny) == 0 with input as {"stages": [stage("golang:1.23", "golang", "1.23", ""), named, stage("scratch", "scratch", "", "")]}
}

test_unresolved_argument_is_not_flagged if {
	count(p.deny) == 0 with input as {"stages": [stage("${BASE}", "${BASE}", "", "")]}
}
