# METADATA
# title: Several ENTRYPOINT instructions in one stage
# description: >-
#   Only the last ENTRYPOINT of a stage takes effect; earlier ones are dead code
#   that misleads readers about how the container starts, and usually is a
#   leftover from a merge or a copied snippet.
# related_resources:
#   - ref: https://docs.docker.com/reference/dockerfile/#entrypoint
#   - ref: https://docs.docker.com/reference/dockerfile/#understand-how-cmd-and-entrypoint-interact
# custom:
#   id: PL-DF-010
#   severity: low
#   rationale: It changes nothing at run time but hides which command the container really starts.
#   input: dockerfile
#   resources: [ENTRYPOINT]
#   tags: [docker, correctness]
#   remediation: >-
#     Keep a single ENTRYPOINT per stage, the one the container should run (e.g.
#     `ENTRYPOINT ["/app"]`), and delete the others.
package platlint.dockerfile.multiple_entrypoint

import data.platlint.lib.dockerfile as df

deny contains finding if {
	some i, _ in input.stages
	found := df.instructions(i, "entrypoint")
	count(found) > 1
	last := found[count(found) - 1][1]
	some [j, ins] in array.slice(found, 0, count(found) - 1)
	finding := {
		"msg": sprintf("%s has a ENTRYPOINT at line %d that the ENTRYPOINT at line %d overrides", [df.stage_label(i), ins.line, last.line]),
		"path": ["stages", i, "instructions", j],
	}
}
