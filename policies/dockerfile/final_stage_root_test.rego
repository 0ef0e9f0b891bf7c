package platlint.dockerfile.final_stage_root_test

import data.platlint.dockerfile.final_stage_root as p

stage(i, name, base, tag, instructions) := {
	"index": i, "name": name, "base": base, "from_stage": false, "line": i + 1,
	"image": {"name": base, "tag": tag, "digest": ""},
	"instructions": array.concat([{"cmd": "from", "args": [base]}], instructions),
}

user(u) := {"cmd": "user", "args": [u], "flags": []}

test_no_user if {
	r := p.deny with input as {"stages": [stage(0, "", "alpine", "3.20", [])]}
	count(r) == 1
	some f in r
	f.path == ["stages", 0]
}

test_user_root_and_zero if {
	count(p.deny) == 1 with input as {"stages": [stage(0, "", "alpine", "3.20", [user("root")])]}
	count(p.deny) == 1 with input as {"stages": [stage(0, "", "alpine", "3.20", [user("0:0")])]}
}

test_last_user_wins if {
	count(p.deny) == 0 with input as {"stages": [stage(0, "", "alpine", "3.20", [user("root"), {"cmd": "run", "args": ["apk add curl"]}, user("app")])]}
	r := p.deny with input as {"stages": [stage(0, "", "alpine", "3.20", [user("app"), user("root")])]}
	some f in r
	f.path == ["stages", 0, "instructions", 2]
}

test_user_in_builder_stage_does_not_count if {
	r := p.deny with input as {"stages": [
		stage(0, "build", "golang", "1.23", [user("builder")]),
		stage(1, "", "alpine", "3.20", []),
	]}
	count(r) == 1
	some f in r
	f.path == ["stages", 1]
}

test_distroless_nonroot_is_fine if {
	count(p.deny) == 0 with input as {"stages": [stage(0, "", "gcr.io/distroless/static-debian12", "nonroot", [])]}
}

test_scratch_is_flagged if {
	count(p.deny) == 1 with input as {"stages": [stage(0, "", "scratch", "", [])]}
}

test_user_inherited_from_parent_stage if {
	parent := stage(0, "base", "alpine", "3.20", [user("app")])
	child := object.union(stage(1, "", "base", "", []), {"from_stage": true})
	count(p.deny) == 0 with input as {"stages": [parent, child]}
}

test_numeric_unprivileged_user_is_fine if {
	count(p.deny) == 0 with input as {"stages": [stage(0, "", "scratch", "", [user("65532:65532")])]}
}

test_duplicate_stage_names_use_the_nearest_parent if {
	first := stage(0, "base", "alpine", "3.20", [user("root")])
	second := stage(1, "base", "alpine", "3.20", [user("app")])
	child := object.union(stage(2, "", "base", "", []), {"from_stage": true})
	count(p.deny) == 0 with input as {"stages": [first, second, child]}
}
