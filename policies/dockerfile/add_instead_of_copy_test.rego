package platlint.dockerfile.add_instead_of_copy_test

import data.platlint.dockerfile.add_instead_of_copy as p

stage(instructions) := {
	"index": 0, "name": "", "base": "alpine:3.20", "from_stage": false, "line": 1,
	"image": {"name": "alpine", "tag": "3.20", "digest": ""},
	"instructions": array.concat([{"cmd": "from", "args": ["alpine:3.20"], "flags": [], "json": false, "line": 1}], instructions),
}

add(args) := {"cmd": "add", "args": args, "flags": [], "json": false, "line": 2}

test_add_of_directory_and_files if {
	r := p.deny with input as {"stages": [stage([add([".", "/app"]), add(["start.sh", "app.conf", "/etc/app/"])])]}
	count(r) == 2
	paths := {f.path | some f in r}
	paths == {["stages", 0, "instructions", 1], ["stages", 0, "instructions", 2]}
}

test_add_of_jar_wildcard if {
	count(p.deny) == 1 with input as {"stages": [stage([add(["target/*.jar", "/app/"])])]}
}

test_archives_are_fine if {
	count(p.deny) == 0 with input as {"stages": [stage([
		add(["rootfs.tar.gz", "/"]),
		add(["vendor.tgz", "/src/"]),
		add(["dist/*.tar.xz", "/opt/"]),
	])]}
}

test_urls_variables_and_vague_wildcards_are_fine if {
	count(p.deny) == 0 with input as {"stages": [stage([
		add(["https://example.com/a.txt", "/a.txt"]),
		add(["${ARTIFACT}", "/opt/"]),
		add(["dist/*", "/opt/"]),
		add(["<<EOF", "/etc/motd"]),
	])]}
}

test_copy_is_fine if {
	count(p.deny) == 0 with input as {"stages": [stage([{"cmd": "copy", "args": [".", "/app"], "flags": [], "json": false, "line": 2}])]}
}
