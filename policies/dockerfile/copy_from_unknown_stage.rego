# METADATA
# title: COPY --from names no build stage
# description: >-
#   COPY --from=<name> (and RUN --mount=from=<name>) takes a stage name, a
#   stage index or an image. A bare name that matches no stage, usually a
#   typo or a renamed stage, is silently resolved as the Docker Hub image
#   docker.io/library/<name>:latest, so the build copies files out of
#   whatever image carries that name. Image references that contain ':' or
#   '/' (ghcr.io/org/tool:1.2) and names built from ARGs are not flagged;
#   a stage copying from itself is.
# related_resources:
#   - ref: https://docs.docker.com/reference/dockerfile/#copy---from
#   - ref: https://docs.docker.com/build/building/multi-stage/#name-your-build-stages
# custom:
#   id: PL-DF-007
#   severity: medium
#   rationale: A typo turns into an unreviewed public image feeding files into the build, or a broken build.
#   input: dockerfile
#   resources: [COPY, RUN]
#   tags: [docker, supply-chain, correctness]
#   remediation: >-
#     Reference an existing stage (`FROM golang:1.23 AS build` ... `COPY --from=build /out/app /app`),
#     or, to copy from an image, write its full reference with a tag or digest
#     (`COPY --from=docker.io/library/busybox:1.36 /bin/busybox /bin/`).
package platlint.dockerfile.copy_from_unknown_stage

import data.platlint.lib.dockerfile as df
import data.platlint.lib.shell

stage_names := {lower(s.name) | some s in input.stages; s.name != ""}

# from_refs are every --from of a COPY and from= of a RUN --mount, with where they are.
from_refs contains [i, j, ins.cmd, src] if {
	some i, s in input.stages
	some j, ins in s.instructions
	ins.cmd == "copy"
	src := shell.flag_value(ins, "from")
}

from_refs contains [i, j, ins.cmd, src] if {
	some i, s in input.stages
	some j, ins in s.instructions
	ins.cmd == "run"
	some m in shell.mounts(ins)
	src := m.from
}

deny contains finding if {
	some [i, j, cmd, src] in from_refs
	not contains(src, "$")
	not regex.match(`[:/@]`, src)
	not regex.match(`^[0-9]+$`, src)
	not lower(src) in stage_names
	lower(src) != "scratch"
	finding := {
		"msg": sprintf("%s %s=%s names no build stage, so Docker pulls the image docker.io/library/%s:latest", [df.stage_label(i), from_flag(cmd), src, lower(src)]),
		"path": ["stages", i, "instructions", j],
	}
}

deny contains finding if {
	some [i, j, cmd, src] in from_refs
	regex.match(`^[0-9]+$`, src)
	to_number(src) >= i
	finding := {
		"msg": sprintf("%s %s=%s refers to a stage index that is not an earlier stage", [df.stage_label(i), from_flag(cmd), src]),
		"path": ["stages", i, "instructions", j],
	}
}

deny contains finding if {
	some [i, j, cmd, src] in from_refs
	input.stages[i].name != ""
	lower(src) == lower(input.stages[i].name)
	finding := {
		"msg": sprintf("%s %s=%s refers to its own stage", [df.stage_label(i), from_flag(cmd), src]),
		"path": ["stages", i, "instructions", j],
	}
}

from_flag("copy") := "COPY --from"

from_flag("run") := "RUN --mount=from"
