# METADATA
# title: Go binary for a libc-less image built with cgo enabled
# description: >-
#   Go enables cgo by default whenever a C compiler is present, as in the
#   Debian-based golang images; the net and os/user packages then link
#   dynamically against glibc. Copied into scratch, distroless/static or
#   Chainguard static, which have no C library, such a binary fails at start
#   with "no such file or directory". The check follows each COPY --from of
#   the final stage to the go build (or go install) of that stage whose -o
#   output it copies, and accepts CGO_ENABLED=0 in the command, an ENV or ARG
#   of the builder, `go env -w`, a -static link, and golang alpine builders
#   without a C compiler (where cgo is off).
# related_resources:
#   - ref: https://pkg.go.dev/cmd/cgo
#   - ref: https://github.com/GoogleContainerTools/distroless/blob/main/base/README.md
#   - ref: https://docs.docker.com/guides/golang/build-images/
# custom:
#   id: PL-DF-034
#   severity: medium
#   rationale: The image does not start at all, an outage rather than an exposure.
#   input: dockerfile
#   resources: [COPY, RUN]
#   tags: [docker, go, correctness]
#   remediation: >-
#     Build a static binary: `RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app ./cmd/app`
#     (or `ENV CGO_ENABLED=0` in the builder stage), or use a base with glibc such as
#     gcr.io/distroless/base-debian12 if the program really needs cgo.
package platlint.dockerfile.go_static_binary_cgo

import data.platlint.lib.dockerfile as df
import data.platlint.lib.shell

deny contains finding if {
	f := df.final_index
	libc_less(df.base_image(f))
	some j, ins in input.stages[f].instructions
	ins.cmd == "copy"
	b := stage_ref(shell.flag_value(ins, "from"), f)
	some r in shell.runs
	r.stage == b
	some c in r.commands
	builds_binary(c)
	copies_output(ins, c)
	not cgo_off(r, c, b)
	cgo_on(r, c, b)
	finding := {
		"msg": sprintf("%s copies from %s, whose go build (line %d) does not set CGO_ENABLED=0; the binary links against libc, which %s does not have", [df.stage_label(f), stage_name(b), r.ins.line, input.stages[f].base]),
		"path": ["stages", f, "instructions", j],
	}
}

builds_binary(c) if {
	shell.go_subcommand(c) == "build"
	not compile_check(c)
}

# go build ./... without -o only checks that everything compiles.
compile_check(c) if {
	not shell.has_option(c.argv, set(), {"-o", "--o"})
	some a in shell.arguments(c, shell.go_value_options)
	contains(a, "...")
}

# go install ./cmd/app builds the project; go install tool@v1.2 a build tool.
builds_binary(c) if {
	shell.go_subcommand(c) == "install"
	every a in shell.arguments(c, shell.go_value_options) {
		not contains(a, "@")
	}
}

# copies_output holds when the COPY may take this build's output: a source
# with the same file name as the -o path or a directory holding it, a
# wildcard, or a build whose output path is not known.
copies_output(_, c) if count(outputs(c)) == 0

copies_output(_, c) if {
	some o in outputs(c)
	contains(o, "$")
}

copies_output(ins, c) if {
	some o in outputs(c)
	some src in array.slice(ins.args, 0, count(ins.args) - 1)
	same_file(trim_right(src, "/"), o)
}

same_file(src, o) if shell.basename(src) == shell.basename(o)

same_file(src, o) if startswith(o, concat("", [src, "/"]))

same_file(src, _) if regex.match(`[*?\[]`, src)

outputs(c) := [o |
	some k, w in c.argv
	o := output_value(c.argv, k, w)
]

output_value(argv, k, w) := argv[k + 1] if w in {"-o", "--o"}

output_value(_, _, w) := substring(w, 3, -1) if startswith(w, "-o=")

libc_less(img) if lower(img.name) == "scratch"

libc_less(img) if regex.match(`(^|/)distroless/static(-debian[0-9]+)?$`, lower(img.name))

libc_less(img) if regex.match(`(^|/)chainguard/static$`, lower(img.name))

stage_ref(src, f) := to_number(src) if {
	regex.match(`^[0-9]+$`, src)
	to_number(src) < f
}

# The last earlier stage of that name (BuildKit rejects duplicates anyway).
stage_ref(src, f) := max(ks) if {
	not regex.match(`^[0-9]+$`, src)
	ks := {k | some k, s in input.stages; k < f; s.name != ""; lower(s.name) == lower(src)}
	count(ks) > 0
}

stage_name(b) := sprintf("stage %q", [input.stages[b].name]) if input.stages[b].name != ""

stage_name(b) := sprintf("stage %d", [b]) if input.stages[b].name == ""

# CGO_ENABLED=0 (or a value from a variable, unknown) in the RUN, in the
# builder's ENV/ARG or set with go env -w; or a fully static link.
cgo_off(r, _, _) if regex.match(`CGO_ENABLED=["']?(0|\$)`, shell.run_text(r.ins))

cgo_off(r, _, _) if contains(shell.run_text(r.ins), "-static")

cgo_off(_, _, b) if {
	v := shell.env_value(b, "CGO_ENABLED")
	regex.match(`^(0|.*\$.*)$`, v)
}

cgo_off(r, _, b) if {
	some x in shell.runs
	x.stage == b
	x.index < r.index
	regex.match(`go\s+env\s+-w\s+.*CGO_ENABLED=0`, shell.run_text(x.ins))
}

cgo_on(r, _, _) if regex.match(`CGO_ENABLED=["']?1`, shell.run_text(r.ins))

cgo_on(_, _, b) if shell.env_value(b, "CGO_ENABLED") == "1"

# Debian-based golang images ship gcc, so cgo is on by default.
cgo_on(_, _, b) if {
	img := df.base_image(b)
	golang_image(img)
	not contains(lower(img.tag), "alpine")
}

# A C toolchain installed in the builder turns cgo on.
cgo_on(_, _, b) if {
	some x in shell.runs
	x.stage in shell.stage_chain(b)
	regex.match(`(^|[\s=])(gcc|build-base|build-essential|clang|musl-dev)(\s|=|$)`, shell.run_text(x.ins))
}

golang_image(img) if img.name in {"golang", "docker.io/library/golang", "library/golang"}

golang_image(img) if endswith(img.name, "/golang")
