# METADATA
# title: Pipe in RUN without pipefail
# description: >-
#   /bin/sh reports only the last command of a pipeline, so in
#   `RUN curl -fsSL https://... | tar -xz` a failed download still yields a
#   successful layer (with nothing extracted) and the build carries on with a
#   broken image. `set -o pipefail` in the RUN, or a SHELL with -o pipefail,
#   makes any failing stage fail the build. Pipelines fed only by echo,
#   printf, yes or true, which cannot fail, are not flagged.
# related_resources:
#   - ref: https://docs.docker.com/build/building/best-practices/#using-pipes
#   - ref: https://docs.docker.com/reference/dockerfile/#shell
# custom:
#   id: PL-DF-039
#   severity: low
#   rationale: It hides build failures, producing broken images rather than insecure ones.
#   input: dockerfile
#   resources: [RUN, SHELL]
#   tags: [docker, correctness]
#   remediation: >-
#     Set pipefail once per stage with `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` (`["/bin/ash", "-eo", "pipefail", "-c"]`
#     on Alpine), or start the RUN with `set -o pipefail &&`.
package platlint.dockerfile.pipe_without_pipefail

import data.platlint.lib.dockerfile as df
import data.platlint.lib.shell

cannot_fail := {"echo", "printf", "yes", "true"}

deny contains finding if {
	some r in shell.runs
	some k, c in r.commands
	c.piped_to
	not c.name in cannot_fail
	next := r.commands[k + 1]
	not contains(shell.run_text(r.ins), "pipefail")
	not pipefail_shell(r.stage, r.index)
	finding := {
		"msg": sprintf("%s pipes %s into %s without pipefail, so a failing %s does not fail the build", [df.stage_label(r.stage), c.name, next.name, c.name]),
		"path": ["stages", r.stage, "instructions", r.index],
	}
}

# A SHELL with pipefail earlier in the stage, or in the stage it is built FROM.
pipefail_shell(i, j) if {
	some [si, k] in pipefail_shells
	si == i
	k < j
}

# Computed once per document: the positions of SHELL instructions with pipefail.
pipefail_shells := {[i, k] |
	some i, s in input.stages
	some k, ins in s.instructions
	ins.cmd == "shell"
	"pipefail" in ins.args
}

pipefail_shell(i, _) if {
	p := df.parent_stage(i)
	some [_, ins] in df.instructions(p, "shell")
	"pipefail" in ins.args
}
