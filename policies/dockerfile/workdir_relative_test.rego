package platlint.dockerfile.workdir_relative_test

import data.platlint.dockerfile.workdir_relative as p

stage(i, name, instructions) := {
	"index": i, "name": name, "base": "node:22", "from_stage": false, "line": (i * 10) + 1,
	"image": {"name": "node", "tag": "22", "digest": ""},
	"instructions": array.concat([{"cmd": "from", "args": ["node:22"], "flags": [], "json": false, "line": (i * 10) + 1}], instructions),
}

workdir(dir) := {"cmd": "workdir", "args": [dir], "flags": [], "json": false, "line": 2}

test_relative_first if {
	r := p.deny with input as {"stages": [stage(0, "", [workdir("app"), workdir("/srv")])]}
	count(r) == 1
	some f in r
	f.path == ["stages", 0, "instructions", 1]
}

test_relative_after_absolute_is_fine if {
	count(p.deny) == 0 with input as {"stages": [stage(0, "", [workdir("/srv"), workdir("app"), workdir("${HOME}/src")])]}
}

test_relative_after_parent_absolute_is_fine if {
	child := object.union(stage(1, "", [workdir("web")]), {"from_stage": true, "base": "base"})
	count(p.deny) == 0 with input as {"stages": [stage(0, "base", [workdir("/srv")]), child]}
}

test_windows_path_is_fine if {
	count(p.deny) == 0 with input as {"stages": [stage(0, "", [workdir("C:\\app")])]}
}
