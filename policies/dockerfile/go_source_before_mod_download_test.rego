package platlint.dockerfile.go_source_before_mod_download_test

import data.platlint.dockerfile.go_source_before_mod_download as p

stage(instructions) := {
	"index": 0, "name": "build", "base": "golang:1.23", "from_stage": false, "line": 1,
	"image": {"name": "golang", "tag": "1.23", "digest": ""},
	"instructions": array.concat([{"cmd": "from", "args": ["golang:1.23", "AS", "build"], "flags": [], "json": false, "line": 1}], instructions),
}

copy(args, line) := {"cmd": "copy", "args": args, "flags": [], "json": false, "line": line}

run(text, line) := {"cmd": "run", "args": [text], "flags": [], "json": false, "line": line}

test_copy_all_before_download if {
	r := p.deny with input as {"stages": [stage([copy([".", "."], 3), run("go mod download", 4), run("go build -o /out/app ./cmd/app", 5)])]}
	count(r) == 1
	some f in r
	f.path == ["stages", 0, "instructions", 1]
	contains(f.msg, "(line 4)")
}

test_cache_mount_download_after_copy_all if {
	count(p.deny) == 1 with input as {"stages": [stage([copy(["./", "/src/"], 3), {"cmd": "run", "args": ["go mod download && go build ./..."], "flags": ["--mount=type=cache,target=/go/pkg/mod"], "json": false, "line": 4}])]}
}

test_module_files_first_is_fine if {
	count(p.deny) == 0 with input as {"stages": [stage([
		copy(["go.mod", "go.sum", "./"], 3),
		run("go mod download", 4),
		copy([".", "."], 5),
		run("go build -o /out/app ./cmd/app", 6),
	])]}
}

test_copy_from_stage_and_no_download_are_fine if {
	count(p.deny) == 0 with input as {"stages": [stage([copy([".", "."], 3), run("go build -o /out/app .", 4)])]}
	copy_from := {"cmd": "copy", "args": [".", "."], "flags": ["--from=sources"], "json": false, "line": 3}
	count(p.deny) == 0 with input as {"stages": [stage([copy_from, run("go mod download", 4)])]}
}
