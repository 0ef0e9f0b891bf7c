package platlint.dockerfile.apk_unpinned_test

import data.platlint.dockerfile.apk_unpinned as p

stage(instructions) := {
	"index": 0, "name": "", "base": "alpine:3.20", "from_stage": false, "line": 1,
	"image": {"name": "alpine", "tag": "3.20", "digest": ""},
	"instructions": array.concat([{"cmd": "from", "args": ["alpine:3.20"], "flags": [], "json": false, "line": 1}], instructions),
}

run(text) := {"cmd": "run", "args": [text], "flags": [], "json": false, "line": 3}

test_unpinned if {
	r := p.deny with input as {"stages": [stage([run("apk add --no-cache --virtual .build-deps gcc=13.2.1_git20240309-r0 musl-dev && make && apk del .build-deps")])]}
	count(r) == 1
	some f in r
	f.path == ["stages", 0, "instructions", 1]
	contains(f.msg, "installs musl-dev with apk")
}

test_pinned_and_local_are_fine if {
	count(p.deny) == 0 with input as {"stages": [stage([
		run("apk add --no-cache curl=8.9.1-r1 'ca-certificates>=20240705' tzdata~2024"),
		run("apk add --allow-untrusted /tmp/pkgs/tool-1.0-r0.apk"),
		run("apk add --no-cache $RUNTIME_DEPS"),
		run("apk del .build-deps && apk update"),
	])]}
}
