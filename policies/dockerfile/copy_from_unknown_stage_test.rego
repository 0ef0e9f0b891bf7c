package platlint.dockerfile.copy_from_unknown_stage_test

import data.platlint.dockerfile.copy_from_unknown_stage as p

stage(i, name, instructions) := {
	"index": i, "name": name, "base": "alpine:3.20", "from_stage": false, "line": (i * 10) + 1,
	"image": {"name": "alpine", "tag": "3.20", "digest": ""},
	"instructions": array.concat([{"cmd": "from", "args": ["alpine:3.20"], "flags": [], "json": false, "line": (i * 10) + 1}], instructions),
}

copy_from(src) := {"cmd": "copy", "args": ["/out/app", "/app"], "flags": [sprintf("--from=%s", [src])], "json": false, "line": 15}

test_typo_in_stage_name if {
	r := p.deny with input as {"stages": [stage(0, "builder", []), stage(1, "", [copy_from("buidler")])]}
	count(r) == 1
	some f in r
	f.path == ["stages", 1, "instructions", 1]
	contains(f.msg, "docker.io/library/buidler:latest")
}

test_run_mount_from_unknown_stage if {
	run := {"cmd": "run", "args": ["cp /src/app /app"], "flags": ["--mount=type=bind,from=sources,target=/src"], "json": false, "line": 15}
	r := p.deny with input as {"stages": [stage(0, "build", []), stage(1, "", [run])]}
	count(r) == 1
	some f in r
	f.path == ["stages", 1, "instructions", 1]
}

test_stage_names_indexes_and_images_are_fine if {
	count(p.deny) == 0 with input as {"stages": [
		stage(0, "Build", []),
		stage(1, "", [
			copy_from("build"),
			copy_from("0"),
			copy_from("ghcr.io/astral-sh/uv:0.5.4"),
			copy_from("busybox:1.36"),
			copy_from("${TOOLS_IMAGE}"),
		]),
	]}
}

test_index_of_a_later_stage if {
	r := p.deny with input as {"stages": [stage(0, "", [copy_from("1")]), stage(1, "", [])]}
	count(r) == 1
	some f in r
	f.path == ["stages", 0, "instructions", 1]
}

test_copy_from_own_stage if {
	r := p.deny with input as {"stages": [stage(0, "build", [copy_from("build")]), stage(1, "", [])]}
	count(r) == 1
}
