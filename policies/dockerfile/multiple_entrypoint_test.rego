package platlint.dockerfile.multiple_entrypoint_test

import data.platlint.dockerfile.multiple_entrypoint as p

stage(i, instructions) := {
	"index": i, "name": "", "base": "alpine:3.20", "from_stage": false, "line": (i * 10) + 1,
	"image": {"name": "alpine", "tag": "3.20", "digest": ""},
	"instructions": array.concat([{"cmd": "from", "args": ["alpine:3.20"], "flags": [], "json": false, "line": (i * 10) + 1}], instructions),
}

ins(line, args) := {"cmd": "entrypoint", "args": args, "flags": [], "json": true, "line": line}

test_earlier_ones_are_flagged if {
	r := p.deny with input as {"stages": [stage(0, [ins(2, ["/app", "serve"]), ins(3, ["/app", "worker"]), ins(4, ["/app", "api"])])]}
	count(r) == 2
	{f.path | some f in r} == {["stages", 0, "instructions", 1], ["stages", 0, "instructions", 2]}
	some f in r
	contains(f.msg, "line 4")
}

test_one_per_stage_is_fine if {
	count(p.deny) == 0 with input as {"stages": [stage(0, [ins(2, ["/app", "build"])]), stage(1, [ins(12, ["/app", "serve"])])]}
}
