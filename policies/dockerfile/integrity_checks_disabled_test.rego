package platlint.dockerfile.integrity_checks_disabled_test

import data.platlint.dockerfile.integrity_checks_disabled as p

stage(instructions) := {
	"index": 0, "name": "", "base": "debian:12", "from_stage": false, "line": 1,
	"image": {"name": "debian", "tag": "12", "digest": ""},
	"instructions": array.concat([{"cmd": "from", "args": ["debian:12"], "flags": [], "json": false, "line": 1}], instructions),
}

run(text) := {"cmd": "run", "args": [text], "flags": [], "json": false, "line": 3}

env(k, v) := {"cmd": "env", "args": [k, v], "flags": [], "json": false, "line": 2, "pairs": [{"key": k, "value": v}]}

test_curl_insecure if {
	r := p.deny with input as {"stages": [stage([run("curl -fsSLk -o /tmp/tool.tgz https://internal.example.com/tool.tgz")])]}
	count(r) == 1
	some f in r
	f.path == ["stages", 0, "instructions", 1]
	contains(f.msg, "curl --insecure")
}

test_each_override if {
	count(p.deny) == 1 with input as {"stages": [stage([run("wget --no-check-certificate https://example.com/x")])]}
	count(p.deny) == 1 with input as {"stages": [stage([run("pip install --trusted-host pypi.internal -r requirements.txt")])]}
	count(p.deny) == 1 with input as {"stages": [stage([run("npm config set strict-ssl false && npm ci")])]}
	count(p.deny) == 1 with input as {"stages": [stage([run("git config --global http.sslVerify false")])]}
	count(p.deny) == 1 with input as {"stages": [stage([run("git -c http.sslVerify=false clone https://git.internal/x.git")])]}
	count(p.deny) == 1 with input as {"stages": [stage([run("apt-get install -y --allow-unauthenticated vendor-agent")])]}
	count(p.deny) == 1 with input as {"stages": [stage([run("echo 'deb [trusted=yes] http://repo.internal/ stable main' > /etc/apt/sources.list.d/internal.list")])]}
	count(p.deny) == 1 with input as {"stages": [stage([run("apk add --allow-untrusted /tmp/x.apk")])]}
	count(p.deny) == 1 with input as {"stages": [stage([run("dnf install -y --nogpgcheck vendor-agent")])]}
	count(p.deny) == 1 with input as {"stages": [stage([run("printf '[vendor]\\nbaseurl=https://x\\ngpgcheck=0\\n' > /etc/yum.repos.d/vendor.repo")])]}
	count(p.deny) == 1 with input as {"stages": [stage([run("NODE_TLS_REJECT_UNAUTHORIZED=0 npm ci")])]}
}

test_env_setting if {
	r := p.deny with input as {"stages": [stage([env("NODE_TLS_REJECT_UNAUTHORIZED", "0")])]}
	count(r) == 1
	some f in r
	f.path == ["stages", 0, "instructions", 1]
}

test_verified_downloads_are_fine if {
	count(p.deny) == 0 with input as {"stages": [stage([
		run("curl -fsSL -o /tmp/k https://example.com/key && wget -q https://example.com/x"),
		run("curl -fsSL -H 'Accept: application/json' https://api.example.com"),
		run("echo 'deb [signed-by=/usr/share/keyrings/vendor.gpg] https://repo.vendor.com stable main' > /etc/apt/sources.list.d/vendor.list"),
		run("printf '[vendor]\\nbaseurl=https://x\\ngpgcheck=1\\nrepo_gpgcheck=1\\n' > /etc/yum.repos.d/vendor.repo"),
		run("git config --global http.sslVerify true"),
		run("npm config set strict-ssl true"),
		env("NODE_TLS_REJECT_UNAUTHORIZED", "1"),
		env("GIT_SSL_NO_VERIFY", "false"),
	])]}
}
