package platlint.dockerfile.apt_unpinned_test

import data.platlint.dockerfile.apt_unpinned as p

stage(instructions) := {
	"index": 0, "name": "", "base": "debian:12", "from_stage": false, "line": 1,
	"image": {"name": "debian", "tag": "12", "digest": ""},
	"instructions": array.concat([{"cmd": "from", "args": ["debian:12"], "flags": [], "json": false, "line": 1}], instructions),
}

run(text) := {"cmd": "run", "args": [text], "flags": [], "json": false, "line": 3}

test_unpinned_packages if {
	r := p.deny with input as {"stages": [stage([run("apt-get update && apt-get install -y --no-install-recommends \\\n  ca-certificates=20230311 \\\n  curl \\\n  libssl3:amd64 \\\n  && rm -rf /var/lib/apt/lists/*")])]}
	count(r) == 1
	some f in r
	f.path == ["stages", 0, "instructions", 1]
	contains(f.msg, "installs curl, libssl3:amd64 with apt-get")
}

test_release_is_not_a_version if {
	count(p.deny) == 1 with input as {"stages": [stage([run("apt-get install -y -t bookworm-backports golang/bookworm-backports")])]}
}

test_pinned_local_and_dynamic_are_fine if {
	count(p.deny) == 0 with input as {"stages": [stage([
		run("apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 \"git=1:2.39.5-0+deb12u1\""),
		run("apt-get install -y ./vendor/tool_1.2.3_amd64.deb"),
		run("apt-get install -y $PACKAGES"),
		run("apt-get install -y $(cat /tmp/packages.txt)"),
		run("apt-get install -y -o Dpkg::Options::=--force-confold tzdata=2024a-0+deb12u1"),
	])]}
}
