package platlint.dockerfile.apt_no_install_recommends_test

import data.platlint.dockerfile.apt_no_install_recommends as p

stage(i, instructions) := {
	"index": i, "name": "", "base": "debian:12", "from_stage": false, "line": (i * 10) + 1,
	"image": {"name": "debian", "tag": "12", "digest": ""},
	"instructions": array.concat([{"cmd": "from", "args": ["debian:12"], "flags": [], "json": false, "line": (i * 10) + 1}], instructions),
}

run(text) := {"cmd": "run", "args": [text], "flags": [], "json": false, "line": 3}

test_install_without_flag if {
	r := p.deny with input as {"stages": [stage(0, [run("apt-get update \\\n    && apt-get install -y \\\n       curl \\\n    && rm -rf /var/lib/apt/lists/*")])]}
	count(r) == 1
	some f in r
	f.path == ["stages", 0, "instructions", 1]
}

test_flag_anywhere_is_fine if {
	count(p.deny) == 0 with input as {"stages": [stage(0, [
		run("apt-get update && apt-get install -y --no-install-recommends curl"),
		run("apt-get install --no-install-recommends -y git"),
	])]}
}

test_apt_configuration_is_fine if {
	count(p.deny) == 0 with input as {"stages": [stage(0, [
		run("echo 'APT::Install-Recommends \"false\";' > /etc/apt/apt.conf.d/99norecommends"),
		run("apt-get update && apt-get install -y curl"),
	])]}
	count(p.deny) == 0 with input as {"stages": [stage(0, [run("apt-get install -y -o APT::Install-Recommends=false curl")])]}
}

test_builder_stage_is_not_checked if {
	count(p.deny) == 0 with input as {"stages": [stage(0, [run("apt-get update && apt-get install -y build-essential")]), stage(1, [])]}
}
