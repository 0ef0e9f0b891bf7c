# METADATA
# title: sudo used in RUN
# description: >-
#   RUN already executes as the current USER, so sudo in a Dockerfile means
#   sudo is installed in the image and the build user may escalate to root:
#   the same path stays open to an attacker who lands in the container. It
#   also fails without a TTY or password configuration. Switch users with the
#   USER instruction instead.
# related_resources:
#   - ref: https://docs.docker.com/build/building/best-practices/#user
#   - ref: https://docs.docker.com/reference/dockerfile/#user
# custom:
#   id: PL-DF-018
#   severity: medium
#   rationale: A sudo-capable user in the image is a ready-made privilege escalation path.
#   input: dockerfile
#   resources: [RUN]
#   tags: [docker, least-privilege]
#   remediation: >-
#     Run privileged steps before dropping privileges and drop sudo: `USER root`, `RUN apt-get install ...`,
#     then `USER app`.
package platlint.dockerfile.sudo_in_run

import data.platlint.lib.dockerfile as df
import data.platlint.lib.shell

deny contains finding if {
	some r in shell.runs
	some c in r.commands
	some k, w in c.words
	trim_left(w, "({") == "sudo"
	every x in array.slice(c.words, 0, k) {
		shell.prefix(x)
	}
	finding := {
		"msg": sprintf("%s runs sudo %s; use USER to switch users", [df.stage_label(r.stage), concat(" ", array.slice(c.words, k + 1, count(c.words)))]),
		"path": ["stages", r.stage, "instructions", r.index],
	}
}
