# METADATA
# title: go install or go run of a moving version
# description: >-
#   go install <module>@latest (or @master, @main, @HEAD) installs whatever
#   the module's newest version or branch tip is at build time: an upstream
#   change or compromise goes into the build unreviewed and the build is not
#   reproducible. A semantic version (@v1.2.3), a commit or a pseudo-version
#   pins it; installs without @ inside a module use go.mod's version and are
#   not flagged.
# related_resources:
#   - ref: https://go.dev/ref/mod#go-install
#   - ref: https://go.dev/ref/mod#version-queries
# custom:
#   id: PL-DF-036
#   severity: low
#   rationale: Go's checksum database keeps releases immutable, so the risk is taking a new release unreviewed rather than a tampered one.
#   input: dockerfile
#   resources: [RUN]
#   tags: [docker, go, supply-chain, reproducibility]
#   remediation: >-
#     Pin a version: `go install github.com/go-delve/delve/cmd/dlv@v1.23.1`, or track tools in go.mod
#     (`go get -tool` / tools.go) and run `go install` without @.
package platlint.dockerfile.go_install_unpinned

import data.platlint.lib.dockerfile as df
import data.platlint.lib.shell

deny contains finding if {
	some r in shell.runs
	some c in r.commands
	sub := shell.go_subcommand(c)
	sub in {"install", "run"}
	some a in shell.arguments(c, shell.go_value_options)
	contains(a, "@")
	parts := split(a, "@")
	version := parts[count(parts) - 1]
	not contains(version, "$")
	not pinned(version)
	finding := {
		"msg": sprintf("%s runs go %s %s, which resolves to whatever is newest at build time", [df.stage_label(r.stage), sub, a]),
		"path": ["stages", r.stage, "instructions", r.index],
	}
}

pinned(v) if regex.match(`^v[0-9]+\.[0-9]+\.[0-9]+`, v)

pinned(v) if regex.match(`^[0-9a-f]{7,40}$`, v)
