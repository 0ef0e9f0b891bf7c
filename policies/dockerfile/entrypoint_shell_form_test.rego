package platlint.dockerfile.entrypoint_shell_form_test

import data.platlint.dockerfile.entrypoint_shell_form as p

stage(i, instructions) := {
	"index": i, "name": "", "base": "alpine:3.20", "from_stage": false, "line": (i * 10) + 1,
	"image": {"name": "alpine", "tag": "3.20", "digest": ""},
	"instructions": array.concat([{"cmd": "from", "args": ["alpine:3.20"], "flags": [], "json": false, "line": (i * 10) + 1}], instructions),
}

entrypoint(args, json) := {"cmd": "entrypoint", "args": args, "flags": [], "json": json, "line": 12}

test_shell_form if {
	r := p.deny with input as {"stages": [stage(0, [entrypoint(["/usr/local/bin/app serve --port 8080"], false)])]}
	count(r) == 1
	some f in r
	f.path == ["stages", 0, "instructions", 1]
}

test_exec_form_and_exec_prefix_are_fine if {
	count(p.deny) == 0 with input as {"stages": [stage(0, [entrypoint(["/usr/local/bin/app", "serve"], true)])]}
	count(p.deny) == 0 with input as {"stages": [stage(0, [entrypoint(["exec java $JAVA_OPTS -jar /app.jar"], false)])]}
}

test_builder_stage_is_not_checked if {
	count(p.deny) == 0 with input as {"stages": [stage(0, [entrypoint(["make test"], false)]), stage(1, [entrypoint(["/app"], true)])]}
}

test_only_the_last_entrypoint_counts if {
	count(p.deny) == 0 with input as {"stages": [stage(0, [entrypoint(["/app serve"], false), entrypoint(["/app"], true)])]}
}
