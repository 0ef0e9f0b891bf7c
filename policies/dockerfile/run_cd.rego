# METADATA
# title: RUN starts by changing directory
# description: >-
#   A RUN that begins with `cd /some/dir` works around a missing WORKDIR:
#   the directory change is lost at the end of the RUN, so the next
#   instruction (COPY, RUN, CMD) silently runs somewhere else, and a RUN that
#   only changes directory does nothing at all. WORKDIR sets the directory for
#   every following instruction and creates it. `cd` to a temporary directory
#   (/tmp, /var/tmp), to a relative or variable path, and later in a chain
#   (`git clone ... && cd repo && make`) are ordinary shell and not flagged.
# related_resources:
#   - ref: https://docs.docker.com/build/building/best-practices/#workdir
#   - ref: https://docs.docker.com/reference/dockerfile/#workdir
# custom:
#   id: PL-DF-017
#   severity: low
#   rationale: It causes instructions to run in the wrong directory, a maintainability issue rather than a security one.
#   input: dockerfile
#   resources: [RUN]
#   tags: [docker, best-practice]
#   remediation: >-
#     Replace the leading cd with a WORKDIR before the RUN: `WORKDIR /app` then `RUN npm ci`.
package platlint.dockerfile.run_cd

import data.platlint.lib.dockerfile as df
import data.platlint.lib.shell

deny contains finding if {
	some r in shell.runs
	first := r.commands[0]
	first.name == "cd"
	count(first.argv) == 2
	dir := first.argv[1]
	startswith(dir, "/")
	not regex.match(`^/(tmp|var/tmp|dev/shm)(/|$)`, dir)
	finding := {
		"msg": sprintf("%s starts a RUN with cd %s; use WORKDIR %s", [df.stage_label(r.stage), dir, dir]),
		"path": ["stages", r.stage, "instructions", r.index],
	}
}
