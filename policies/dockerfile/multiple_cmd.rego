# METADATA
# title: Several CMD instructions in one stage
# description: >-
#   Only the last CMD of a stage takes effect; earlier ones are dead code
#   that misleads readers about how the container starts, and usually is a
#   leftover from a merge or a copied snippet.
# related_resources:
#   - ref: https://docs.docker.com/reference/dockerfile/#cmd
#   - ref: https://docs.docker.com/reference/dockerfile/#understand-how-cmd-and-entrypoint-interact
# custom:
#   id: PL-DF-009
#   severity: low
#   rationale: It changes nothing at run time but hides which command the container really starts.
#   input: dockerfile
#   resources: [CMD]
#   tags: [docker, correctness]
#   remediation: >-
#     Keep a single CMD per stage, the one the container should run (e.g. `CMD ["/app",
#     "serve"]`), and delete the others.
package platlint.dockerfile.multiple_cmd

import data.platlint.lib.dockerfile as df

deny contains finding if {
	some i, _ in input.stages
	found := df.instructions(i, "cmd")
	count(found) > 1
	last := found[count(found) - 1][1]
	some [j, ins] in array.slice(found, 0, count(found) - 1)
	finding := {
		"msg": sprintf("%s has a CMD at line %d that the CMD at line %d overrides", [df.stage_label(i), ins.line, last.line]),
		"path": ["stages", i, "instructions", j],
	}
}
