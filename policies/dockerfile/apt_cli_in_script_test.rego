package platlint.dockerfile.apt_cli_in_script_test

import data.platlint.dockerfile.apt_cli_in_script as p

stage(instructions) := {
	"index": 0, "name": "", "base": "ubuntu:24.04", "from_stage": false, "line": 1,
	"image": {"name": "ubuntu", "tag": "24.04", "digest": ""},
	"instructions": array.concat([{"cmd": "from", "args": ["ubuntu:24.04"], "flags": [], "json": false, "line": 1}], instructions),
}

run(text) := {"cmd": "run", "args": [text], "flags": [], "json": false, "line": 3}

test_apt_install if {
	r := p.deny with input as {"stages": [stage([run("apt update && apt install -y curl")])]}
	count(r) == 2
	{f.path | some f in r} == {["stages", 0, "instructions", 1]}
}

test_apt_get_and_apt_cache_are_fine if {
	count(p.deny) == 0 with input as {"stages": [stage([
		run("apt-get update && apt-get install -y --no-install-recommends curl"),
		run("apt-cache policy curl && apt list --installed"),
		run("ln -s /usr/bin/apt-get /usr/local/bin/apt"),
	])]}
}
