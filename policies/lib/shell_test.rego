package platlint.lib.shell_test

import data.platlint.lib.shell

argvs(text) := [c.argv | some c in shell.commands(text)]

test_splits_lists_and_pipelines if {
	cs := shell.commands("apt-get update && apt-get install -y curl; curl -fsSL https://x | sh || true")
	[c.name | some c in cs] == ["apt-get", "apt-get", "curl", "sh", "true"]
	cs[2].piped_to
	cs[3].piped_from
	not cs[4].piped_from
}

test_joins_continuations_and_drops_comment_lines if {
	argvs("apt-get install -y \\\n    curl \\\n# a comment\n    git") == [["apt-get", "install", "-y", "curl", "git"]]
	argvs("apt-get install -y \\\n    curl \\\n    git") == [["apt-get", "install", "-y", "curl", "git"]]
}

test_quotes_keep_operators_inside_words if {
	argvs(`sed -i "s|a|b|; s|c|d|" /etc/x && echo 'x && y'`) == [["sed", "-i", "s|a|b|; s|c|d|", "/etc/x"], ["echo", "x && y"]]
}

test_strips_wrappers_assignments_and_redirections if {
	cs := shell.commands("DEBIAN_FRONTEND=noninteractive sudo -E apt-get install -y curl > /dev/null 2>&1")
	cs[0].argv == ["apt-get", "install", "-y", "curl"]
	cs[0].assignments == ["DEBIAN_FRONTEND=noninteractive"]
	argvs("(cd /src && make)") == [["cd", "/src"], ["make"]]
	argvs("if true; then pip install x; fi") == [["true"], ["pip", "install", "x"], ["fi"]]
}

test_options_and_operands if {
	shell.has_option(["apt-get", "-qy", "install"], {"y"}, set())
	shell.has_option(["pip", "install", "--no-cache-dir=1"], set(), {"--no-cache-dir"})
	not shell.has_option(["apt-get", "-o", "Dpkg::Options::=--force-confold"], {"y"}, set())
	shell.operands(["apt-get", "-o", "X=y", "install", "-t", "bookworm", "curl"], 1, shell.apt_value_options) == ["install", "curl"]
}

test_scripts_of_run_forms if {
	shell.scripts({"cmd": "run", "args": ["/bin/sh", "-c", "make && make install"], "json": true}) == ["make && make install"]
	shell.scripts({"cmd": "run", "args": ["go", "build", "-o", "/out/app", "."], "json": true}) == ["go build -o /out/app ."]
	shell.scripts({"cmd": "run", "args": ["<<EOF"], "json": false, "heredocs": [{"name": "EOF", "content": "apk add curl\n"}]}) == ["<<EOF", "apk add curl\n"]
	shell.scripts({"cmd": "run", "args": ["python3 <<EOF"], "json": false, "heredocs": [{"name": "EOF", "content": "print(1)\n"}]}) == ["python3 <<EOF"]
}

test_mounts if {
	ins := {"cmd": "run", "args": ["x"], "flags": ["--mount=type=cache,target=/var/cache/apt,sharing=locked", "--network=none"]}
	shell.mounts(ins) == [{"type": "cache", "target": "/var/cache/apt", "sharing": "locked"}]
	shell.keeps_out_of_layer(ins, "/var/cache/apt/archives")
	not shell.keeps_out_of_layer(ins, "/var/lib/apt/lists")
	shell.mounts({"flags": ["--mount=type=bind,target=/a,target=/b,readonly"]}) == [{"type": "bind", "target": "/b", "readonly": ""}]
}

test_windows_shell_runs_are_skipped if {
	stage := {"index": 0, "name": "", "base": "mcr.microsoft.com/windows/servercore:ltsc2022", "from_stage": false, "line": 1, "instructions": [
		{"cmd": "from", "args": ["mcr.microsoft.com/windows/servercore:ltsc2022"], "flags": [], "json": false, "line": 1},
		{"cmd": "shell", "args": ["powershell", "-Command"], "flags": [], "json": true, "line": 2},
		{"cmd": "run", "args": ["Invoke-WebRequest https://x | Out-File x"], "flags": [], "json": false, "line": 3},
	]}
	count(shell.runs) == 0 with input as {"stages": [stage]}
}
