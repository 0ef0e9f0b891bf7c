package platlint.dockerfile.apk_no_cache_test

import data.platlint.dockerfile.apk_no_cache as p

stage(i, instructions) := {
	"index": i, "name": "", "base": "alpine:3.20", "from_stage": false, "line": (i * 10) + 1,
	"image": {"name": "alpine", "tag": "3.20", "digest": ""},
	"instructions": array.concat([{"cmd": "from", "args": ["alpine:3.20"], "flags": [], "json": false, "line": (i * 10) + 1}], instructions),
}

run(text, flags) := {"cmd": "run", "args": [text], "flags": flags, "json": false, "line": 3}

test_apk_add_with_cache if {
	r := p.deny with input as {"stages": [stage(0, [run("apk update && apk add ca-certificates=20240705-r0 tzdata=2024b-r0", [])])]}
	count(r) == 1
	some f in r
	f.path == ["stages", 0, "instructions", 1]
}

test_no_cache_and_cleanup_are_fine if {
	count(p.deny) == 0 with input as {"stages": [stage(0, [
		run("apk add --no-cache ca-certificates=20240705-r0", []),
		run("apk add --virtual .build-deps gcc=13.2.1_git20240309-r0 && apk del .build-deps && rm -rf /var/cache/apk/*", []),
		run("apk add tzdata=2024b-r0", ["--mount=type=cache,target=/var/cache/apk"]),
	])]}
}

test_builder_stage_is_not_checked if {
	count(p.deny) == 0 with input as {"stages": [stage(0, [run("apk add build-base", [])]), stage(1, [])]}
}
