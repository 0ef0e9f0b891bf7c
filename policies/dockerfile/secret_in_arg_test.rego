package platlint.dockerfile.secret_in_arg_test

import data.platlint.dockerfile.secret_in_arg as p

stage(i, instructions) := {
	"index": i, "name": "", "base": "node:22-alpine", "from_stage": false, "line": (i * 10) + 1,
	"image": {"name": "node", "tag": "22-alpine", "digest": ""},
	"instructions": array.concat([{"cmd": "from", "args": ["node:22-alpine"], "flags": [], "json": false, "line": (i * 10) + 1}], instructions),
}

arg(name, value) := {"cmd": "arg", "args": [name], "flags": [], "json": false, "line": 2, "pairs": [{"key": name, "value": value}]}

run(text) := {"cmd": "run", "args": [text], "flags": [], "json": false, "line": 4}

test_literal_default_in_builder_stage if {
	r := p.deny with input as {"stages": [stage(0, [arg("NPM_TOKEN", "npm_abcdef0123456789"), run("npm ci")]), stage(1, [])]}
	count(r) == 1
	some f in r
	f.path == ["stages", 0, "instructions", 1]
	contains(f.msg, "literal default")
}

test_global_arg_with_literal_default if {
	r := p.deny with input as {"args": [{"name": "GITHUB_TOKEN", "value": "ghp_0123456789", "line": 1}], "stages": [stage(0, [])]}
	count(r) == 1
	some f in r
	f.path == ["args", 0]
}

test_arg_in_final_stage_used_by_run if {
	r := p.deny with input as {"stages": [stage(0, [arg("NPM_TOKEN", ""), run("npm ci --omit=dev")])]}
	count(r) == 1
	some f in r
	f.path == ["stages", 0, "instructions", 1]
	contains(f.msg, "history")
}

test_arg_without_default_in_builder_stage_is_fine if {
	count(p.deny) == 0 with input as {"stages": [stage(0, [arg("NPM_TOKEN", ""), run("npm ci")]), stage(1, [])]}
}

test_harmless_args_are_fine if {
	count(p.deny) == 0 with input as {"stages": [stage(0, [
		arg("NODE_VERSION", "22"),
		arg("TOKEN_URL", "https://auth.example.com/token"),
		arg("SECRET_FILE", "/run/secrets/token"),
		run("npm ci"),
	])]}
}

test_secret_mount_is_fine if {
	mount := {"cmd": "run", "args": ["npm ci"], "flags": ["--mount=type=secret,id=npm_token,env=NPM_TOKEN"], "json": false, "line": 3}
	count(p.deny) == 0 with input as {"stages": [stage(0, [mount])]}
}
