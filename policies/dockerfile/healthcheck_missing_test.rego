package platlint.dockerfile.healthcheck_missing_test

import data.platlint.dockerfile.healthcheck_missing as p

stage(i, name, image, instructions) := {
	"index": i, "name": name, "base": image, "from_stage": false, "line": (i * 10) + 1,
	"image": {"name": image, "tag": "1", "digest": ""},
	"instructions": array.concat([{"cmd": "from", "args": [image], "flags": [], "json": false, "line": (i * 10) + 1}], instructions),
}

expose := {"cmd": "expose", "args": ["8080"], "flags": [], "json": false, "line": 5}

healthcheck := {"cmd": "healthcheck", "args": ["CMD", "wget -qO- http://127.0.0.1:8080/healthz || exit 1"], "flags": ["--interval=30s"], "json": false, "line": 6}

test_service_without_healthcheck if {
	r := p.deny with input as {"stages": [stage(0, "", "node", [expose])]}
	count(r) == 1
	some f in r
	f.path == ["stages", 0]
	contains(f.msg, "8080")
}

test_healthcheck_is_fine if {
	count(p.deny) == 0 with input as {"stages": [stage(0, "", "node", [expose, healthcheck])]}
}

test_healthcheck_in_parent_stage_is_fine if {
	child := object.union(stage(1, "", "base", [expose]), {"from_stage": true})
	count(p.deny) == 0 with input as {"stages": [stage(0, "base", "node", [healthcheck]), child]}
}

test_distroless_scratch_and_non_services_are_fine if {
	count(p.deny) == 0 with input as {"stages": [stage(0, "", "gcr.io/distroless/static-debian12", [expose])]}
	count(p.deny) == 0 with input as {"stages": [stage(0, "", "scratch", [expose])]}
	count(p.deny) == 0 with input as {"stages": [stage(0, "", "node", [])]}
}

test_builder_expose_does_not_count if {
	count(p.deny) == 0 with input as {"stages": [stage(0, "build", "node", [expose]), stage(1, "", "node", [])]}
}
