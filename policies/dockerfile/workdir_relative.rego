# METADATA
# title: Relative WORKDIR without an absolute one before it
# description: >-
#   A relative WORKDIR resolves against the current working directory, which,
#   before any absolute WORKDIR in the stage, is whatever the base image set:
#   the files land somewhere else when the base image changes. A relative
#   WORKDIR after an absolute one (in the stage or the stage it is built
#   FROM), and paths from variables, are not flagged.
# related_resources:
#   - ref: https://docs.docker.com/reference/dockerfile/#workdir
#   - ref: https://docs.docker.com/build/building/best-practices/#workdir
# custom:
#   id: PL-DF-016
#   severity: low
#   rationale: It makes the layout depend on the base image, a correctness rather than a security risk.
#   input: dockerfile
#   resources: [WORKDIR]
#   tags: [docker, correctness]
#   remediation: Use an absolute path, `WORKDIR /app`, then relative ones below it if needed.
package platlint.dockerfile.workdir_relative

import data.platlint.lib.dockerfile as df

deny contains finding if {
	some i, s in input.stages
	some j, ins in s.instructions
	ins.cmd == "workdir"
	dir := ins.args[0]
	not anchored(dir)
	not absolute_before(i, j)
	not parent_has_absolute(i)
	finding := {
		"msg": sprintf("%s sets relative WORKDIR %s before any absolute WORKDIR, so it depends on the base image's directory", [df.stage_label(i), dir]),
		"path": ["stages", i, "instructions", j],
	}
}

anchored(dir) if regex.match(`^(/|\$|\\|[A-Za-z]:[\\/])`, dir)

absolute_before(i, j) if {
	some k, ins in input.stages[i].instructions
	k < j
	ins.cmd == "workdir"
	anchored(ins.args[0])
}

parent_has_absolute(i) if {
	p := df.parent_stage(i)
	some [_, ins] in df.instructions(p, "workdir")
	anchored(ins.args[0])
}
