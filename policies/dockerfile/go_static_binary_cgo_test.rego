package platlint.dockerfile.go_static_binary_cgo_test

import data.platlint.dockerfile.go_static_binary_cgo as p

stage(i, name, img, tag, instructions) := {
	"index": i, "name": name, "base": sprintf("%s:%s", [img, tag]), "from_stage": false, "line": (i * 10) + 1,
	"image": {"name": img, "tag": tag, "digest": ""},
	"instructions": array.concat([{"cmd": "from", "args": [img], "flags": [], "json": false, "line": (i * 10) + 1}], instructions),
}

run(text) := {"cmd": "run", "args": [text], "flags": [], "json": false, "line": 5}

env(k, v) := {"cmd": "env", "args": [k, v], "flags": [], "json": false, "line": 4, "pairs": [{"key": k, "value": v}]}

copy_from(src) := {"cmd": "copy", "args": ["/out/app", "/app"], "flags": [sprintf("--from=%s", [src])], "json": false, "line": 13}

scratch(instructions) := object.union(stage(1, "", "scratch", "", instructions), {"base": "scratch"})

test_debian_builder_into_scratch if {
	r := p.deny with input as {"stages": [
		stage(0, "build", "golang", "1.23", [run("go build -o /out/app ./cmd/app")]),
		scratch([copy_from("build")]),
	]}
	count(r) == 1
	some f in r
	f.path == ["stages", 1, "instructions", 1]
	contains(f.msg, "line 5")
}

test_distroless_static_and_index_reference if {
	final := stage(1, "", "gcr.io/distroless/static-debian12", "nonroot", [copy_from("0")])
	count(p.deny) == 1 with input as {"stages": [stage(0, "", "golang", "1.23-bookworm", [run("GOOS=linux go build -o /out/app .")]), final]}
}

test_alpine_builder_with_gcc if {
	count(p.deny) == 1 with input as {"stages": [
		stage(0, "build", "golang", "1.23-alpine", [run("apk add --no-cache gcc=13.2.1_git20240309-r0 musl-dev=1.2.5-r0"), run("go build -o /out/app .")]),
		scratch([copy_from("build")]),
	]}
}

test_cgo_disabled_is_fine if {
	final := scratch([copy_from("build")])
	count(p.deny) == 0 with input as {"stages": [stage(0, "build", "golang", "1.23", [run("CGO_ENABLED=0 go build -o /out/app .")]), final]}
	count(p.deny) == 0 with input as {"stages": [stage(0, "build", "golang", "1.23", [env("CGO_ENABLED", "0"), run("go build -o /out/app .")]), final]}
	count(p.deny) == 0 with input as {"stages": [stage(0, "build", "golang", "1.23", [run("go env -w CGO_ENABLED=0"), run("go build -o /out/app .")]), final]}
	count(p.deny) == 0 with input as {"stages": [stage(0, "build", "golang", "1.23", [run("go build -ldflags '-linkmode external -extldflags \"-static\"' -o /out/app .")]), final]}
	count(p.deny) == 0 with input as {"stages": [stage(0, "build", "golang", "1.23-alpine", [run("go build -o /out/app .")]), final]}
}

test_go_install_of_a_tool_is_not_the_shipped_binary if {
	r := p.deny with input as {"stages": [
		stage(0, "build", "golang", "1.23", [run("go install github.com/swaggo/swag/cmd/swag@v1.16.4 && go install ./cmd/app")]),
		scratch([copy_from("build")]),
	]}
	count(r) == 1
	count(p.deny) == 0 with input as {"stages": [
		stage(0, "build", "golang", "1.23", [run("go install github.com/swaggo/swag/cmd/swag@v1.16.4"), run("CGO_ENABLED=0 go build -o /out/app .")]),
		scratch([copy_from("build")]),
	]}
}

test_only_builds_whose_output_is_copied_count if {
	builder := stage(0, "build", "golang", "1.23", [
		run("go build -o /out/debug-tool ./cmd/debug"),
		run("CGO_ENABLED=0 go build -o /out/app ./cmd/app"),
	])
	count(p.deny) == 0 with input as {"stages": [builder, scratch([copy_from("build")])]}
	dir_copy := {"cmd": "copy", "args": ["/out/", "/usr/local/bin/"], "flags": ["--from=build"], "json": false, "line": 13}
	count(p.deny) == 1 with input as {"stages": [builder, scratch([dir_copy])]}
}

test_glibc_final_image_is_fine if {
	final := stage(1, "", "gcr.io/distroless/base-debian12", "nonroot", [copy_from("build")])
	count(p.deny) == 0 with input as {"stages": [stage(0, "build", "golang", "1.23", [run("go build -o /out/app .")]), final]}
}
