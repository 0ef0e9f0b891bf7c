# METADATA
# title: World-writable permissions set in the image
# description: >-
#   chmod 777 (or 666, o+w, a+rwx) in a RUN, or COPY/ADD --chmod with such a
#   mode, lets every user in the container, including a compromised
#   unprivileged process, replace binaries, scripts or configuration the
#   application trusts. Modes with the sticky bit (chmod 1777 /tmp, +t) are
#   the standard way to share a scratch directory and are not flagged.
# related_resources:
#   - ref: https://docs.docker.com/reference/dockerfile/#copy---chmod
#   - ref: https://www.cisecurity.org/benchmark/docker
# custom:
#   id: PL-DF-020
#   severity: medium
#   rationale: It lets any process in the container tamper with files, which matters once an attacker has a foothold.
#   input: dockerfile
#   resources: [RUN, COPY, ADD]
#   tags: [docker, least-privilege]
#   remediation: >-
#     Give ownership to the user that needs to write and keep others read-only:
#     `COPY --chown=app:app --chmod=755 app /app` or `RUN chown -R app:app /data && chmod -R 750 /data`.
package platlint.dockerfile.world_writable_permissions

import data.platlint.lib.dockerfile as df
import data.platlint.lib.shell

deny contains finding if {
	some r in shell.runs
	some c in r.commands
	c.name == "chmod"
	ops := shell.operands(c.argv, 1, set())
	count(ops) >= 2
	world_writable(ops[0])
	finding := {
		"msg": sprintf("%s makes %s world-writable with chmod %s", [df.stage_label(r.stage), concat(" ", array.slice(ops, 1, count(ops))), ops[0]]),
		"path": ["stages", r.stage, "instructions", r.index],
	}
}

deny contains finding if {
	some i, s in input.stages
	some j, ins in s.instructions
	ins.cmd in {"copy", "add"}
	mode := shell.flag_value(ins, "chmod")
	world_writable(mode)
	finding := {
		"msg": sprintf("%s %s --chmod=%s makes the copied files world-writable", [df.stage_label(i), upper(ins.cmd), mode]),
		"path": ["stages", i, "instructions", j],
	}
}

# Octal: others may write (last digit 2, 3, 6 or 7) and no sticky bit.
world_writable(mode) if {
	regex.match(`^[0-7]{3,4}$`, mode)
	substring(mode, count(mode) - 1, 1) in {"2", "3", "6", "7"}
	not sticky(mode)
}

# Symbolic: a clause granting w to o or a (o+w, a+rwx, ugo=rwx) without +t.
world_writable(mode) if {
	not regex.match(`^[0-7]+$`, mode)
	some clause in split(mode, ",")
	regex.match(`^[ugoa]*[oa][ugoa]*[+=][rwxXst]*w[rwxXst]*$`, clause)
	not contains(mode, "t")
}

sticky(mode) if {
	count(mode) == 4
	substring(mode, 0, 1) in {"1", "3", "5", "7"}
}
