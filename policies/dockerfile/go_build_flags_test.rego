package platlint.dockerfile.go_build_flags_test

import data.platlint.dockerfile.go_build_flags as p

stage(instructions) := {
	"index": 0, "name": "build", "base": "golang:1.23", "from_stage": false, "line": 1,
	"image": {"name": "golang", "tag": "1.23", "digest": ""},
	"instructions": array.concat([{"cmd": "from", "args": ["golang:1.23", "AS", "build"], "flags": [], "json": false, "line": 1}], instructions),
}

run(text) := {"cmd": "run", "args": [text], "flags": [], "json": false, "line": 5}

env(k, v) := {"cmd": "env", "args": [k, v], "flags": [], "json": false, "line": 4, "pairs": [{"key": k, "value": v}]}

test_plain_build if {
	r := p.deny with input as {"stages": [stage([run("CGO_ENABLED=0 go build -o /out/app ./cmd/app")])]}
	count(r) == 1
	some f in r
	f.path == ["stages", 0, "instructions", 1]
	contains(f.msg, "without -trimpath and without -ldflags \"-s -w\"")
}

test_partial_flags if {
	r := p.deny with input as {"stages": [stage([run("go build -trimpath -ldflags=\"-X main.version=1.2.3\" -o /out/app .")])]}
	count(r) == 1
	some f in r
	not contains(f.msg, "-trimpath")
	count(p.deny) == 1 with input as {"stages": [stage([run("go build -ldflags '-s -w' -o /out/app .")])]}
}

test_full_flags_are_fine if {
	count(p.deny) == 0 with input as {"stages": [stage([
		run("CGO_ENABLED=0 go build -trimpath -ldflags=\"-s -w -X main.version=${VERSION}\" -o /out/app ./cmd/app"),
		run("go build -trimpath -ldflags '-w -s' -o /out/tool ./cmd/tool"),
		run("go build -trimpath -ldflags \"$LDFLAGS\" -o /out/x ."),
	])]}
}

test_goflags_and_compile_checks_are_fine if {
	count(p.deny) == 0 with input as {"stages": [stage([env("GOFLAGS", "-trimpath"), run("go build -ldflags=\"-s -w\" -o /out/app .")])]}
	count(p.deny) == 0 with input as {"stages": [stage([run("go vet ./... && go build ./...")])]}
}
