package platlint.dockerfile.secret_file_copied_test

import data.platlint.dockerfile.secret_file_copied as p

stage(i, instructions) := {
	"index": i, "name": "", "base": "node:22-alpine", "from_stage": false, "line": (i * 10) + 1,
	"image": {"name": "node", "tag": "22-alpine", "digest": ""},
	"instructions": array.concat([{"cmd": "from", "args": ["node:22-alpine"], "flags": [], "json": false, "line": (i * 10) + 1}], instructions),
}

copy(args) := {"cmd": "copy", "args": args, "flags": [], "json": false, "line": 4}

test_npmrc_in_final_stage if {
	r := p.deny with input as {"stages": [stage(0, [copy(["package.json", "package-lock.json", ".npmrc", "./"])])]}
	count(r) == 1
	some f in r
	f.path == ["stages", 0, "instructions", 1]
	contains(f.msg, ".npmrc")
}

test_other_credentials if {
	count(p.deny) == 1 with input as {"stages": [stage(0, [copy(["deploy/id_ed25519", "/root/.ssh/id_ed25519"])])]}
	count(p.deny) == 1 with input as {"stages": [stage(0, [copy([".env.production", "/app/.env"])])]}
	count(p.deny) == 1 with input as {"stages": [stage(0, [copy(["ci/.aws/credentials", "/root/.aws/credentials"])])]}
	count(p.deny) == 1 with input as {"stages": [stage(0, [{"cmd": "add", "args": [".ssh/", "/root/.ssh/"], "flags": [], "json": false, "line": 4}])]}
}

test_builder_stage_and_examples_are_fine if {
	count(p.deny) == 0 with input as {"stages": [stage(0, [copy([".npmrc", "package.json", "./"])]), stage(1, [])]}
	count(p.deny) == 0 with input as {"stages": [stage(0, [copy([".env.example", "config/", "id_rsa.pub", "./"])])]}
}
