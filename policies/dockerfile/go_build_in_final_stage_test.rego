package platlint.dockerfile.go_build_in_final_stage_test

import data.platlint.dockerfile.go_build_in_final_stage as p

stage(i, name, base, img, instructions) := {
	"index": i, "name": name, "base": base, "image": img, "from_stage": false, "line": i + 1,
	"instructions": array.concat([{"cmd": "from", "args": [base], "line": i + 1}], instructions),
}

run(cmd) := {"cmd": "run", "args": [cmd], "flags": [], "json": false, "line": 5}

test_single_golang_stage if {
	r := p.deny with input as {"stages": [stage(0, "", "golang:1.23", {"name": "golang", "tag": "1.23", "digest": ""}, [run("go build -o /app .")])]}
	count(r) == 1
	some f in r
	f.path == ["stages", 0, "base"]
}

test_go_build_in_final_alpine_stage if {
	r := p.deny with input as {"stages": [stage(0, "", "alpine:3.20", {"name": "alpine", "tag": "3.20", "digest": ""}, [run("apk add go"), run("cd src && go build ./...")])]}
	count(r) == 1
	some f in r
	f.path == ["stages", 0, "instructions", 2]
}

test_final_stage_from_golang_builder_stage if {
	builder := stage(0, "build", "golang:1.23", {"name": "golang", "tag": "1.23", "digest": ""}, [])
	final := object.union(stage(1, "", "build", {"name": "build", "tag": "", "digest": ""}, []), {"from_stage": true})
	count(p.deny) == 1 with input as {"stages": [builder, final]}
}

test_multi_stage_build_is_fine if {
	count(p.deny) == 0 with input as {"stages": [
		stage(0, "build", "golang:1.23", {"name": "golang", "tag": "1.23", "digest": ""}, [run("CGO_ENABLED=0 go build -o /app ./cmd/app")]),
		stage(1, "", "gcr.io/distroless/static-debian12:nonroot", {"name": "gcr.io/distroless/static-debian12", "tag": "nonroot", "digest": ""}, [{"cmd": "copy", "args": ["/app", "/app"], "flags": ["--from=build"]}]),
	]}
}

test_go_test_in_final_stage_is_not_a_build if {
	count(p.deny) == 0 with input as {"stages": [stage(0, "", "alpine:3.20", {"name": "alpine", "tag": "3.20", "digest": ""}, [run("echo go builder")])]}
}
