# METADATA
# title: Whole build context copied before go mod download
# description: >-
#   Docker reuses a layer only while everything copied before it is
#   unchanged. When COPY . . comes before go mod download, every source edit
#   invalidates the download layer and the build fetches all modules again.
#   Copying go.mod and go.sum first, downloading, then copying the sources
#   keeps the module layer cached until dependencies change.
# related_resources:
#   - ref: https://docs.docker.com/guides/golang/build-images/
#   - ref: https://docs.docker.com/build/cache/optimize/#order-your-layers
# custom:
#   id: PL-DF-033
#   severity: low
#   rationale: It slows every build and multiplies registry traffic, without affecting the image.
#   input: dockerfile
#   resources: [COPY, ADD, RUN]
#   tags: [docker, go, build-cache]
#   remediation: >-
#     Copy the module files first: `COPY go.mod go.sum ./`, `RUN go mod download`, then `COPY . .`
#     (or use `RUN --mount=type=cache,target=/go/pkg/mod go mod download`).
package platlint.dockerfile.go_source_before_mod_download

import data.platlint.lib.dockerfile as df
import data.platlint.lib.shell

downloads contains [r.stage, r.index, r.ins.line] if {
	some r in shell.runs
	some c in r.commands
	shell.go_subcommand(c) == "mod"
	shell.arguments(c, shell.go_value_options)[0] == "download"
}

deny contains finding if {
	some i, s in input.stages
	some k, ins in s.instructions
	ins.cmd in {"copy", "add"}
	not shell.flag_value(ins, "from")
	some src in array.slice(ins.args, 0, count(ins.args) - 1)
	src in {".", "./", "./."}
	later := [[j, line] | some [i2, j, line] in downloads; i2 == i; j > k]
	count(later) > 0
	not download_before(i, k)
	finding := {
		"msg": sprintf("%s copies the whole build context before go mod download (line %d), so every source change downloads all modules again", [df.stage_label(i), later[0][1]]),
		"path": ["stages", i, "instructions", k],
	}
}

download_before(i, k) if {
	some [i2, j, _] in downloads
	i2 == i
	j < k
}
