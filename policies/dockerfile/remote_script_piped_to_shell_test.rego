package platlint.dockerfile.remote_script_piped_to_shell_test

import data.platlint.dockerfile.remote_script_piped_to_shell as p

stage(instructions) := {
	"index": 0, "name": "", "base": "debian:12", "from_stage": false, "line": 1,
	"image": {"name": "debian", "tag": "12", "digest": ""},
	"instructions": array.concat([{"cmd": "from", "args": ["debian:12"], "flags": [], "json": false, "line": 1}], instructions),
}

run(text) := {"cmd": "run", "args": [text], "flags": [], "json": false, "line": 3}

test_curl_pipe_sh if {
	r := p.deny with input as {"stages": [stage([run("apt-get update && curl -fsSL https://deb.nodesource.com/setup_22.x | bash - && apt-get install -y nodejs")])]}
	count(r) == 1
	some f in r
	f.path == ["stages", 0, "instructions", 1]
	contains(f.msg, "curl into bash")
}

test_variants if {
	count(p.deny) == 1 with input as {"stages": [stage([run("wget -qO- https://get.example.com | sudo sh -s -- --version 1.2")])]}
	count(p.deny) == 1 with input as {"stages": [stage([run("curl -sSL https://get.rvm.io | tee /tmp/rvm.log | bash -s stable")])]}
	count(p.deny) == 1 with input as {"stages": [stage([run("curl -sSL https://bootstrap.pypa.io/get-pip.py | python3")])]}
	count(p.deny) == 1 with input as {"stages": [stage([run("sh -c \"$(curl -fsSL https://raw.githubusercontent.com/ohmyzsh/ohmyzsh/master/tools/install.sh)\"")])]}
	count(p.deny) == 1 with input as {"stages": [stage([run("bash <(curl -s https://codecov.io/bash)")])]}
}

test_heredoc_script if {
	heredoc := {"cmd": "run", "args": ["<<EOF"], "flags": [], "json": false, "line": 3, "heredocs": [{"name": "EOF", "content": "set -e\ncurl -fsSL https://get.example.com | sh\n"}]}
	count(p.deny) == 1 with input as {"stages": [stage([heredoc])]}
}

test_verified_download_and_data_pipes_are_fine if {
	count(p.deny) == 0 with input as {"stages": [stage([
		run("curl -fsSLo /tmp/install.sh https://example.com/install.sh && echo \"abc  /tmp/install.sh\" | sha256sum -c - && sh /tmp/install.sh"),
		run("curl -fsSL https://example.com/tool.tgz | tar -xz -C /usr/local/bin"),
		run("curl -fsSL https://api.github.com/repos/acme/x/releases/latest | python3 -c 'import json,sys; print(json.load(sys.stdin)[\"tag_name\"])'"),
		run("curl -fsSL https://example.com/key.asc | gpg --dearmor -o /usr/share/keyrings/x.gpg"),
		run("echo 'curl https://x | sh' > /usr/local/share/notes.txt"),
	])]}
}

test_text_heredoc_is_not_a_script if {
	heredoc := {"cmd": "run", "args": ["cat <<EOF > /etc/motd"], "flags": [], "json": false, "line": 3, "heredocs": [{"name": "EOF", "content": "curl -fsSL https://get.example.com | sh\n"}]}
	count(p.deny) == 0 with input as {"stages": [stage([heredoc])]}
}
