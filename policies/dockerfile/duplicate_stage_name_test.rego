package platlint.dockerfile.duplicate_stage_name_test

import data.platlint.dockerfile.duplicate_stage_name as p

stage(i, name) := {
	"index": i, "name": name, "base": "alpine:3.20", "from_stage": false, "line": (i * 10) + 1,
	"image": {"name": "alpine", "tag": "3.20", "digest": ""},
	"instructions": [{"cmd": "from", "args": ["alpine:3.20", "AS", name], "flags": [], "json": false, "line": (i * 10) + 1}],
}

test_duplicate_name if {
	r := p.deny with input as {"stages": [stage(0, "build"), stage(1, "test"), stage(2, "build"), stage(3, "")]}
	count(r) == 1
	some f in r
	f.path == ["stages", 2, "name"]
	contains(f.msg, "line 1")
}

test_names_compare_case_insensitively if {
	count(p.deny) == 1 with input as {"stages": [stage(0, "build"), stage(1, "Build"), stage(2, "")]}
}

test_unique_and_unnamed_stages_are_fine if {
	count(p.deny) == 0 with input as {"stages": [stage(0, "deps"), stage(1, ""), stage(2, "build"), stage(3, "")]}
}
