package platlint.dockerfile.add_remote_url_test

import data.platlint.dockerfile.add_remote_url as p

stage(instructions) := {
	"index": 0, "name": "", "base": "alpine:3.20", "from_stage": false, "line": 1,
	"image": {"name": "alpine", "tag": "3.20", "digest": ""},
	"instructions": array.concat([{"cmd": "from", "args": ["alpine:3.20"], "flags": [], "json": false, "line": 1}], instructions),
}

add(args, flags) := {"cmd": "add", "args": args, "flags": flags, "json": false, "line": 3}

test_url_without_checksum if {
	r := p.deny with input as {"stages": [stage([add(["https://example.com/tool.tar.gz", "/opt/"], [])])]}
	count(r) == 1
	some f in r
	f.path == ["stages", 0, "instructions", 1]
	contains(f.msg, "https://example.com/tool.tar.gz")
}

test_checksum_is_fine if {
	count(p.deny) == 0 with input as {"stages": [stage([add(["https://example.com/tool.tar.gz", "/opt/"], ["--checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d"])])]}
}

test_local_and_git_sources_are_fine if {
	count(p.deny) == 0 with input as {"stages": [stage([
		add(["vendor.tar.gz", "/src/"], []),
		add(["https://github.com/moby/buildkit.git#v0.16.0", "/buildkit"], ["--keep-git-dir=false"]),
	])]}
}

test_destination_url_is_not_a_source if {
	count(p.deny) == 0 with input as {"stages": [stage([add(["app.conf", "http://not-a-source/"], [])])]}
}
