package platlint.dockerfile.apt_lists_not_removed_test

import data.platlint.dockerfile.apt_lists_not_removed as p

stage(i, instructions) := {
	"index": i, "name": "", "base": "debian:12", "from_stage": false, "line": (i * 10) + 1,
	"image": {"name": "debian", "tag": "12", "digest": ""},
	"instructions": array.concat([{"cmd": "from", "args": ["debian:12"], "flags": [], "json": false, "line": (i * 10) + 1}], instructions),
}

run(text, flags) := {"cmd": "run", "args": [text], "flags": flags, "json": false, "line": 3}

test_lists_kept if {
	r := p.deny with input as {"stages": [stage(0, [
		run("apt-get update && apt-get install -y --no-install-recommends curl && apt-get clean", []),
		run("rm -rf /var/lib/apt/lists/*", []),
	])]}
	count(r) == 1
	some f in r
	f.path == ["stages", 0, "instructions", 1]
}

test_removed_in_same_run_is_fine if {
	count(p.deny) == 0 with input as {"stages": [stage(0, [
		run("apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*", []),
		run("apt-get update && apt-get install -y --no-install-recommends git && apt-get clean && rm -rf /var/lib/apt/lists", []),
	])]}
}

test_cache_mount_is_fine if {
	flags := ["--mount=type=cache,target=/var/cache/apt,sharing=locked", "--mount=type=cache,target=/var/lib/apt,sharing=locked"]
	count(p.deny) == 0 with input as {"stages": [stage(0, [run("apt-get update && apt-get install -y --no-install-recommends curl", flags)])]}
}

test_builder_stage_is_not_checked if {
	count(p.deny) == 0 with input as {"stages": [stage(0, [run("apt-get update && apt-get install -y gcc", [])]), stage(1, [])]}
}
