package platlint.dockerfile.copy_from_image_unpinned_test

import data.platlint.dockerfile.copy_from_image_unpinned as p

stage(i, name, instructions) := {
	"index": i, "name": name, "base": "alpine:3.20", "from_stage": false, "line": (i * 10) + 1,
	"image": {"name": "alpine", "tag": "3.20", "digest": ""},
	"instructions": array.concat([{"cmd": "from", "args": ["alpine:3.20"], "flags": [], "json": false, "line": (i * 10) + 1}], instructions),
}

copy_from(src) := {"cmd": "copy", "args": ["/uv", "/usr/local/bin/uv"], "flags": [sprintf("--from=%s", [src])], "json": false, "line": 3}

test_image_without_tag if {
	r := p.deny with input as {"stages": [stage(0, "", [copy_from("ghcr.io/astral-sh/uv")])]}
	count(r) == 1
	some f in r
	f.path == ["stages", 0, "instructions", 1]
	contains(f.msg, "without a tag")
}

test_latest_tag_and_registry_port if {
	count(p.deny) == 1 with input as {"stages": [stage(0, "", [copy_from("ghcr.io/astral-sh/uv:latest")])]}
	count(p.deny) == 1 with input as {"stages": [stage(0, "", [copy_from("localhost:5000/tools/uv")])]}
}

test_run_mount_from_unpinned_image if {
	run := {"cmd": "run", "args": ["cp /src/bin/tool /usr/local/bin/"], "flags": ["--mount=type=bind,from=ghcr.io/acme/tools:latest,target=/src"], "json": false, "line": 3}
	r := p.deny with input as {"stages": [stage(0, "", [run])]}
	count(r) == 1
}

test_pinned_images_and_stages_are_fine if {
	count(p.deny) == 0 with input as {"stages": [
		stage(0, "build", []),
		stage(1, "", [
			copy_from("build"),
			copy_from("ghcr.io/astral-sh/uv:0.5.4"),
			copy_from("localhost:5000/tools/uv:1.2"),
			copy_from("ghcr.io/astral-sh/uv@sha256:2381d6aa60c326b71fd40023f921a0a3b8f91b14d5db6b90402e65a635053709"),
			copy_from("${UV_IMAGE}"),
		]),
	]}
}
