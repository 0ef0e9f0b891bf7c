# METADATA
# title: ENTRYPOINT in shell form
# description: >-
#   A shell-form ENTRYPOINT runs as `/bin/sh -c "..."`: the shell is PID 1, so
#   SIGTERM from `docker stop` or Kubernetes never reaches the application,
#   which is killed after the grace period instead of shutting down cleanly,
#   and CMD or `docker run` arguments are ignored. Only the final stage's
#   effective ENTRYPOINT is checked; one starting with `exec` replaces the
#   shell and is accepted.
# related_resources:
#   - ref: https://docs.docker.com/reference/dockerfile/#entrypoint
#   - ref: https://docs.docker.com/reference/dockerfile/#shell-and-exec-form
# custom:
#   id: PL-DF-011
#   severity: medium
#   rationale: Lost signals mean dropped requests and unclean shutdowns on every deploy, though no exposure.
#   input: dockerfile
#   resources: [ENTRYPOINT]
#   tags: [docker, reliability]
#   remediation: >-
#     Use the exec (JSON) form: `ENTRYPOINT ["/usr/local/bin/app", "serve"]`; if you need variable
#     expansion, start the shell form with exec (`ENTRYPOINT exec /app --port "$PORT"`).
package platlint.dockerfile.entrypoint_shell_form

import data.platlint.lib.dockerfile as df

deny contains finding if {
	i := df.final_index
	found := df.instructions(i, "entrypoint")
	count(found) > 0
	[j, ins] := found[count(found) - 1]
	not ins.json
	not regex.match(`^\s*exec\s`, ins.args[0])
	finding := {
		"msg": sprintf("%s sets ENTRYPOINT in shell form, so /bin/sh is PID 1: the application gets no SIGTERM and CMD arguments are ignored", [df.stage_label(i)]),
		"path": ["stages", i, "instructions", j],
	}
}
