package platlint.dockerfile.go_install_unpinned_test

import data.platlint.dockerfile.go_install_unpinned as p

stage(instructions) := {
	"index": 0, "name": "build", "base": "golang:1.23", "from_stage": false, "line": 1,
	"image": {"name": "golang", "tag": "1.23", "digest": ""},
	"instructions": array.concat([{"cmd": "from", "args": ["golang:1.23", "AS", "build"], "flags": [], "json": false, "line": 1}], instructions),
}

run(text) := {"cmd": "run", "args": [text], "flags": [], "json": false, "line": 5}

test_latest if {
	r := p.deny with input as {"stages": [stage([run("go install github.com/go-delve/delve/cmd/dlv@latest")])]}
	count(r) == 1
	some f in r
	f.path == ["stages", 0, "instructions", 1]
	contains(f.msg, "dlv@latest")
}

test_branches_and_go_run if {
	count(p.deny) == 1 with input as {"stages": [stage([run("go install -ldflags=-s github.com/acme/tool@main")])]}
	count(p.deny) == 1 with input as {"stages": [stage([run("go run github.com/a-h/templ/cmd/templ@master generate")])]}
}

test_pinned_and_module_local_are_fine if {
	count(p.deny) == 0 with input as {"stages": [stage([
		run("go install github.com/go-delve/delve/cmd/dlv@v1.23.1"),
		run("go install golang.org/x/tools/cmd/goimports@v0.26.0 && go install ./cmd/..."),
		run("go install github.com/acme/tool@4b825dc642cb"),
		run("go install github.com/acme/tool@v0.0.0-20240101000000-4b825dc642cb"),
		run("go install github.com/acme/tool@${TOOL_VERSION}"),
		run("go install github.com/acme/tool"),
	])]}
}
