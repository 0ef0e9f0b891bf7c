package platlint.dockerfile.apt_update_alone_test

import data.platlint.dockerfile.apt_update_alone as p

stage(instructions) := {
	"index": 0, "name": "", "base": "debian:12", "from_stage": false, "line": 1,
	"image": {"name": "debian", "tag": "12", "digest": ""},
	"instructions": array.concat([{"cmd": "from", "args": ["debian:12"], "flags": [], "json": false, "line": 1}], instructions),
}

run(text) := {"cmd": "run", "args": [text], "flags": [], "json": false, "line": 3}

test_update_alone if {
	r := p.deny with input as {"stages": [stage([run("apt-get update"), run("apt-get install -y --no-install-recommends curl")])]}
	count(r) == 1
	some f in r
	f.path == ["stages", 0, "instructions", 1]
}

test_update_with_options_alone if {
	count(p.deny) == 1 with input as {"stages": [stage([run("apt-get -qq update && echo done")])]}
	count(p.deny) == 1 with input as {"stages": [stage([run("apt update")])]}
}

test_update_and_install_together_is_fine if {
	count(p.deny) == 0 with input as {"stages": [stage([
		run("apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*"),
		run("apt-get update \\\n && DEBIAN_FRONTEND=noninteractive apt-get -y upgrade"),
		run("apt-get update && ./scripts/install-build-deps.sh"),
		run("apt-get update && xargs apt-get install -y < /tmp/packages.txt"),
	])]}
}
