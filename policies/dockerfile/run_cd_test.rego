package platlint.dockerfile.run_cd_test

import data.platlint.dockerfile.run_cd as p

stage(instructions) := {
	"index": 0, "name": "", "base": "node:22", "from_stage": false, "line": 1,
	"image": {"name": "node", "tag": "22", "digest": ""},
	"instructions": array.concat([{"cmd": "from", "args": ["node:22"], "flags": [], "json": false, "line": 1}], instructions),
}

run(text) := {"cmd": "run", "args": [text], "flags": [], "json": false, "line": 3}

test_leading_cd if {
	r := p.deny with input as {"stages": [stage([run("cd /usr/src/app && npm ci")])]}
	count(r) == 1
	some f in r
	f.path == ["stages", 0, "instructions", 1]
	contains(f.msg, "WORKDIR /usr/src/app")
}

test_cd_alone_and_in_subshell if {
	count(p.deny) == 1 with input as {"stages": [stage([run("cd /app")])]}
	count(p.deny) == 1 with input as {"stages": [stage([run("(cd /app && make)")])]}
}

test_idiomatic_cd_is_fine if {
	count(p.deny) == 0 with input as {"stages": [stage([
		run("cd /tmp && curl -fsSLO https://example.com/x.tgz && tar xzf x.tgz"),
		run("git clone https://github.com/acme/tool /src/tool && cd /src/tool && make install"),
		run("cd frontend && npm run build"),
		run("cd \"$(mktemp -d)\" && make"),
	])]}
}
