package platlint.dockerfile.pipe_without_pipefail_test

import data.platlint.dockerfile.pipe_without_pipefail as p

stage(i, name, instructions) := {
	"index": i, "name": name, "base": "debian:12", "from_stage": false, "line": (i * 10) + 1,
	"image": {"name": "debian", "tag": "12", "digest": ""},
	"instructions": array.concat([{"cmd": "from", "args": ["debian:12"], "flags": [], "json": false, "line": (i * 10) + 1}], instructions),
}

run(text) := {"cmd": "run", "args": [text], "flags": [], "json": false, "line": 3}

shell_pipefail := {"cmd": "shell", "args": ["/bin/bash", "-o", "pipefail", "-c"], "flags": [], "json": true, "line": 2}

test_curl_into_tar if {
	r := p.deny with input as {"stages": [stage(0, "", [run("curl -fsSL https://example.com/tool.tgz | tar -xz -C /usr/local/bin")])]}
	count(r) == 1
	some f in r
	f.path == ["stages", 0, "instructions", 1]
	contains(f.msg, "pipes curl into tar")
}

test_shell_after_run_does_not_count if {
	count(p.deny) == 1 with input as {"stages": [stage(0, "", [run("curl -fsSL https://x | tar -xz"), shell_pipefail])]}
}

test_pipefail_is_fine if {
	count(p.deny) == 0 with input as {"stages": [stage(0, "", [
		run("set -eux -o pipefail && curl -fsSL https://x | tar -xz"),
		shell_pipefail,
		run("wget -qO- https://x | gunzip > /usr/local/bin/tool"),
	])]}
}

test_pipefail_shell_in_parent_stage if {
	child := object.union(stage(1, "", [run("curl -fsSL https://x | tar -xz")]), {"from_stage": true, "base": "base"})
	count(p.deny) == 0 with input as {"stages": [stage(0, "base", [shell_pipefail]), child]}
}

test_pipes_that_cannot_fail_and_or_lists_are_fine if {
	count(p.deny) == 0 with input as {"stages": [stage(0, "", [
		run("echo \"deb [signed-by=/usr/share/keyrings/x.gpg] https://x stable main\" | tee /etc/apt/sources.list.d/x.list"),
		run("echo \"abc  /tmp/x\" | sha256sum -c -"),
		run("make || true"),
		run("sed -i 's|a|b|' /etc/x.conf"),
	])]}
}
