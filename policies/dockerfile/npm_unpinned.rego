# METADATA
# title: npm packages installed without a version
# description: >-
#   npm install -g <name>, yarn add <name> or pnpm add <name> (or a tag such as
#   @latest, or a range such as @^5) resolve to whatever the registry serves
#   at build time, outside the project's lockfile: new and occasionally
#   malicious releases go into the image unreviewed. Installs from the
#   lockfile (npm ci, npm install, yarn install --frozen-lockfile, pnpm
#   install) and local or variable package specs are not flagged.
# related_resources:
#   - ref: https://docs.npmjs.com/cli/v10/commands/npm-install
#   - ref: https://docs.npmjs.com/cli/v10/commands/npm-ci
# custom:
#   id: PL-DF-030
#   severity: medium
#   rationale: The npm registry publishes new and occasionally malicious releases constantly, and an unpinned install takes them in unreviewed.
#   input: dockerfile
#   resources: [RUN]
#   tags: [docker, node, supply-chain]
#   remediation: >-
#     Pin an exact version (`npm install -g pnpm@9.12.3`), or add the tool to package.json and install
#     from the lockfile with `npm ci`.
package platlint.dockerfile.npm_unpinned

import data.platlint.lib.dockerfile as df
import data.platlint.lib.shell

value_options := {
	"--prefix", "-C", "--dir", "--registry", "--cache", "-w", "--workspace", "--tag", "--userconfig", "--omit",
	"--include", "--install-strategy", "--cwd", "--modules-folder", "--cache-folder", "--filter", "-F", "--store-dir",
}

installs := {"npm": {"install", "i", "add", "in", "isntall"}, "pnpm": {"add", "install", "i"}, "yarn": {"add"}}

deny contains finding if {
	some r in shell.runs
	some c in r.commands
	subs := installs[c.name]
	ops := without_global(shell.operands(c.argv, 1, value_options))
	ops[0] in subs
	unpinned := [a |
		some k, a in ops
		k > 0
		regex.match(`^(@[a-z0-9][a-z0-9._~\-]*/)?[a-z0-9][a-z0-9._~\-]*(@.*)?$`, a)
		not pinned(a)
	]
	count(unpinned) > 0
	finding := {
		"msg": sprintf("%s installs %s with %s without an exact version", [df.stage_label(r.stage), concat(", ", unpinned), c.name]),
		"path": ["stages", r.stage, "instructions", r.index],
	}
}

# yarn global add <pkg>.
without_global(ops) := array.slice(ops, 1, count(ops)) if ops[0] == "global"

without_global(ops) := ops if ops[0] != "global"

pinned(spec) if {
	name := trim_left(spec, "@")
	contains(name, "@")
	parts := split(name, "@")
	regex.match(`^[v=]?[0-9]`, parts[count(parts) - 1])
}
