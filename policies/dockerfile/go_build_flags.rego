# METADATA
# title: go build without -trimpath or -ldflags "-s -w"
# description: >-
#   Without -trimpath the binary embeds the builder's absolute file paths
#   (/home/ci/..., /go/src/...), which leak build-host details and make builds
#   differ between machines; without -ldflags "-s -w" it carries the symbol
#   table and DWARF debug data, typically a quarter of its size, which the
#   shipped binary does not need. Compile checks (go build ./... without -o)
#   are not flagged; GOFLAGS from the command or the stage counts.
# related_resources:
#   - ref: https://pkg.go.dev/cmd/go#hdr-Compile_packages_and_dependencies
#   - ref: https://pkg.go.dev/cmd/link
#   - ref: https://go.dev/blog/rebuild
# custom:
#   id: PL-DF-035
#   severity: low
#   rationale: It costs size and reproducibility and leaks paths, without opening an attack path.
#   input: dockerfile
#   resources: [RUN]
#   tags: [docker, go, image-size, reproducibility]
#   remediation: >-
#     Build with both: `RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app ./cmd/app`
#     (or `ENV GOFLAGS=-trimpath` in the builder stage).
package platlint.dockerfile.go_build_flags

import data.platlint.lib.dockerfile as df
import data.platlint.lib.shell

deny contains finding if {
	some r in shell.runs
	some c in r.commands
	shell.go_subcommand(c) == "build"
	not compile_check(c)
	missing := [m | some m in ["-trimpath", `-ldflags "-s -w"`]; lacks(r, c, m)]
	count(missing) > 0
	finding := {
		"msg": sprintf("%s runs go build without %s", [df.stage_label(r.stage), concat(" and without ", missing)]),
		"path": ["stages", r.stage, "instructions", r.index],
	}
}

# go build ./... without -o only checks that everything compiles.
compile_check(c) if {
	not shell.has_option(c.argv, set(), {"-o", "--o"})
	some a in shell.arguments(c, shell.go_value_options)
	contains(a, "...")
}

# GOFLAGS from the stage's ENV/ARG and the command's assignments.
goflags(r, c) := concat(" ", array.concat(
	[v | v := shell.env_value(r.stage, "GOFLAGS")],
	[substring(a, 8, -1) | some a in c.assignments; startswith(a, "GOFLAGS=")],
))

lacks(r, c, "-trimpath") if {
	not shell.has_option(c.argv, set(), {"-trimpath", "--trimpath"})
	not goflags_mention(r, c, "-trimpath")
}

lacks(r, c, `-ldflags "-s -w"`) if {
	not goflags_mention(r, c, "ldflags")
	values := [m[1] | some m in regex.find_all_string_submatch_n(`-?-ldflags(?:=|\s+)("[^"]*"|'[^']*'|\S+)`, c.text, -1)]
	not strips(values)
	not unknown(values)
}

goflags_mention(r, c, flag) if contains(goflags(r, c), flag)

strips(values) if {
	some v in values
	regex.match(`(^|[\s"'=])-s($|[\s"'])`, v)
	regex.match(`(^|[\s"'=])-w($|[\s"'])`, v)
}

# -ldflags "$LDFLAGS": whatever the variable holds is unknown.
unknown(values) if {
	some v in values
	contains(v, "$")
}
