package platlint.dockerfile.maintainer_deprecated_test

import data.platlint.dockerfile.maintainer_deprecated as p

stage(instructions) := {
	"index": 0, "name": "", "base": "alpine:3.20", "from_stage": false, "line": 1,
	"image": {"name": "alpine", "tag": "3.20", "digest": ""},
	"instructions": array.concat([{"cmd": "from", "args": ["alpine:3.20"], "flags": [], "json": false, "line": 1}], instructions),
}

test_maintainer_is_flagged if {
	r := p.deny with input as {"stages": [stage([{"cmd": "maintainer", "args": ["Jane <jane@example.com>"], "flags": [], "json": false, "line": 2}])]}
	count(r) == 1
	some f in r
	f.path == ["stages", 0, "instructions", 1]
	contains(f.msg, "final stage (line 1)")
}

test_authors_label_is_fine if {
	label := {"cmd": "label", "args": ["org.opencontainers.image.authors", "jane@example.com"], "flags": [], "json": false, "line": 2, "pairs": [{"key": "org.opencontainers.image.authors", "value": "jane@example.com"}]}
	count(p.deny) == 0 with input as {"stages": [stage([label])]}
}
