package platlint.dockerfile.npm_unpinned_test

import data.platlint.dockerfile.npm_unpinned as p

stage(instructions) := {
	"index": 0, "name": "", "base": "node:22-alpine", "from_stage": false, "line": 1,
	"image": {"name": "node", "tag": "22-alpine", "digest": ""},
	"instructions": array.concat([{"cmd": "from", "args": ["node:22-alpine"], "flags": [], "json": false, "line": 1}], instructions),
}

run(text) := {"cmd": "run", "args": [text], "flags": [], "json": false, "line": 3}

test_global_unpinned if {
	r := p.deny with input as {"stages": [stage([run("npm install -g pm2 @nestjs/cli@latest typescript@5.6.3")])]}
	count(r) == 1
	some f in r
	f.path == ["stages", 0, "instructions", 1]
	contains(f.msg, "installs pm2, @nestjs/cli@latest with npm")
}

test_yarn_pnpm_and_ranges if {
	count(p.deny) == 1 with input as {"stages": [stage([run("yarn global add serve")])]}
	count(p.deny) == 1 with input as {"stages": [stage([run("pnpm add -g tsx@^4")])]}
	count(p.deny) == 1 with input as {"stages": [stage([run("npm i --save-dev esbuild")])]}
}

test_lockfile_and_pinned_installs_are_fine if {
	count(p.deny) == 0 with input as {"stages": [stage([
		run("npm ci --omit=dev"),
		run("npm install"),
		run("yarn install --frozen-lockfile"),
		run("pnpm install --frozen-lockfile"),
		run("npm install -g npm@10.9.0 @angular/cli@18.2.8 corepack@v0.29.4"),
		run("npm install ./packages/shared /tmp/tool-1.0.0.tgz"),
		run("npm install -g $TOOLS"),
	])]}
}
