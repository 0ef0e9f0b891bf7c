package platlint.dockerfile.useradd_large_lastlog_test

import data.platlint.dockerfile.useradd_large_lastlog as p

stage(instructions) := {
	"index": 0, "name": "", "base": "debian:12", "from_stage": false, "line": 1,
	"image": {"name": "debian", "tag": "12", "digest": ""},
	"instructions": array.concat([{"cmd": "from", "args": ["debian:12"], "flags": [], "json": false, "line": 1}], instructions),
}

run(text) := {"cmd": "run", "args": [text], "flags": [], "json": false, "line": 3}

test_high_uid_without_l if {
	r := p.deny with input as {"stages": [stage([run("groupadd -g 65532 app && useradd -r -u 65532 -g app app")])]}
	count(r) == 1
	some f in r
	f.path == ["stages", 0, "instructions", 1]
	contains(f.msg, "19 MB")
}

test_uid_forms if {
	count(p.deny) == 1 with input as {"stages": [stage([run("useradd --uid=100000 app")])]}
	count(p.deny) == 1 with input as {"stages": [stage([run("useradd -u999999 app")])]}
}

test_l_flag_and_low_uids_are_fine if {
	count(p.deny) == 0 with input as {"stages": [stage([
		run("useradd -l -r -u 65532 -g app app"),
		run("useradd --no-log-init --uid 1000000 svc"),
		run("useradd -u 10001 app"),
		run("useradd -m app"),
		run("adduser -D -u 65532 app"),
	])]}
}
