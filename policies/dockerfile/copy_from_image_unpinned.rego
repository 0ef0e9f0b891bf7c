# METADATA
# title: COPY --from an image without a pinned version
# description: >-
#   COPY --from=<image> (or RUN --mount=from=<image>) pulls that image at build
#   time just like FROM. Without a tag, or with latest, the files copied into
#   the image change whenever the upstream image is republished, unreviewed
#   and unreproducible. A version tag or a digest pins them. Only references
#   that are clearly images (they contain ':' or '/') are checked; bare names
#   are covered by PL-DF-007.
# related_resources:
#   - ref: https://docs.docker.com/reference/dockerfile/#copy---from
#   - ref: https://docs.docker.com/build/building/best-practices/#pin-base-image-versions
# custom:
#   id: PL-DF-032
#   severity: medium
#   rationale: Like an unpinned base image, it lets an upstream change or compromise flow into the build unreviewed.
#   input: dockerfile
#   resources: [COPY, RUN]
#   tags: [docker, supply-chain]
#   remediation: >-
#     Pin the image by version and ideally digest:
#     `COPY --from=ghcr.io/astral-sh/uv:0.5.4@sha256:<digest> /uv /usr/local/bin/uv`.
package platlint.dockerfile.copy_from_image_unpinned

import data.platlint.lib.dockerfile as df
import data.platlint.lib.shell

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

# tag is what follows the last ':' of the last path element ("" when none):
# a registry port (localhost:5000/tool) is not a tag.
tag(ref) := t if {
	parts := split(ref, "/")
	last := parts[count(parts) - 1]
	contains(last, ":")
	t := substring(last, indexof(last, ":") + 1, -1)
} else := ""

deny contains finding if {
	some [i, j, cmd, src] in from_refs
	regex.match(`[:/]`, src)
	not contains(src, "$")
	not contains(src, "@")
	problem := unpinned(tag(src))
	finding := {
		"msg": sprintf("%s %s=%s uses the image %s", [df.stage_label(i), from_flag(cmd), src, problem]),
		"path": ["stages", i, "instructions", j],
	}
}

unpinned("") := "without a tag"

unpinned("latest") := "with the latest tag"

from_flag("copy") := "COPY --from"

from_flag("run") := "RUN --mount=from"
