package platlint.dockerfile.sudo_in_run_test

import data.platlint.dockerfile.sudo_in_run as p

stage(instructions) := {
	"index": 0, "name": "", "base": "ubuntu:24.04", "from_stage": false, "line": 1,
	"image": {"name": "ubuntu", "tag": "24.04", "digest": ""},
	"instructions": array.concat([{"cmd": "from", "args": ["ubuntu:24.04"], "flags": [], "json": false, "line": 1}], instructions),
}

run(text) := {"cmd": "run", "args": [text], "flags": [], "json": false, "line": 3}

test_sudo_in_chain if {
	r := p.deny with input as {"stages": [stage([run("mkdir -p /opt/app && sudo -E chown app /opt/app")])]}
	count(r) == 1
	some f in r
	f.path == ["stages", 0, "instructions", 1]
	contains(f.msg, "sudo -E chown app /opt/app")
}

test_sudo_after_assignment if {
	count(p.deny) == 1 with input as {"stages": [stage([run("DEBIAN_FRONTEND=noninteractive sudo apt-get install -y curl")])]}
}

test_sudo_as_an_argument_is_fine if {
	count(p.deny) == 0 with input as {"stages": [stage([
		run("apt-get install -y --no-install-recommends sudo=1.9.15p5-3ubuntu5"),
		run("echo 'app ALL=(ALL) NOPASSWD: /usr/bin/sudo' > /etc/sudoers.d/app"),
		run("usermod -aG sudo app"),
	])]}
}
