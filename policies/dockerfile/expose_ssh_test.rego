package platlint.dockerfile.expose_ssh_test

import data.platlint.dockerfile.expose_ssh as p

stage(i, instructions) := {
	"index": i, "name": "", "base": "alpine:3.20", "from_stage": false, "line": (i * 10) + 1,
	"image": {"name": "alpine", "tag": "3.20", "digest": ""},
	"instructions": array.concat([{"cmd": "from", "args": ["alpine:3.20"], "flags": [], "json": false, "line": (i * 10) + 1}], instructions),
}

expose(ports) := {"cmd": "expose", "args": ports, "flags": [], "json": false, "line": 5}

test_expose_22 if {
	r := p.deny with input as {"stages": [stage(0, [expose(["8080", "22/tcp"])])]}
	count(r) == 1
	some f in r
	f.path == ["stages", 0, "instructions", 1]
}

test_other_ports_are_fine if {
	count(p.deny) == 0 with input as {"stages": [stage(0, [expose(["8080", "2222", "220/udp", "22/udp"])])]}
}

test_builder_stage_is_not_shipped if {
	count(p.deny) == 0 with input as {"stages": [stage(0, [expose(["22"])]), stage(1, [expose(["8080"])])]}
}
