# METADATA
# title: Final stage runs as root
# description: >-
#   Containers run as the last USER of the image's final stage. Without one
#   (or with root, 0 or 0:0) the process runs as root, so a compromise of the
#   application is a compromise of the container with every root capability.
#   A USER set in an earlier build stage does not carry over. Images whose tag
#   says nonroot (distroless :nonroot) already run unprivileged; scratch does not.
# related_resources:
#   - ref: https://docs.docker.com/reference/dockerfile/#user
#   - ref: https://www.cisecurity.org/benchmark/docker
# custom:
#   id: PL-DF-002
#   severity: high
#   rationale: Root in the container turns most application bugs into full container compromise and eases escapes.
#   input: dockerfile
#   resources: [FROM, USER]
#   tags: [docker, least-privilege]
#   remediation: >-
#     End the final stage with `USER 65532:65532` (or a named unprivileged user created in the
#     image), or base it on a nonroot image such as `gcr.io/distroless/static-debian12:nonroot`.
package platlint.dockerfile.final_stage_root

import data.platlint.lib.dockerfile as df

root_user(u) if {
	user := split(u, ":")[0]
	user in {"root", "0"}
}

users(i) := [[j, ins] | some j, ins in input.stages[i].instructions; ins.cmd == "user"]

# The stage's effective user: its own last USER, or, for FROM <stage>, the
# parent stage's last USER.
last_user(i) := u if {
	us := users(i)
	count(us) > 0
	u := us[count(us) - 1]
}

inherited_user(i) := u if {
	count(users(i)) == 0
	p := df.parent_stage(i)
	us := users(p)
	count(us) > 0
	u := us[count(us) - 1]
}

nonroot_image(i) if contains(lower(df.base_image(i).tag), "nonroot")

deny contains finding if {
	i := df.final_index
	[j, ins] := last_user(i)
	root_user(ins.args[0])
	finding := {
		"msg": sprintf("%s switches to USER %s, so the container runs as root", [df.stage_label(i), ins.args[0]]),
		"path": ["stages", i, "instructions", j],
	}
}

deny contains finding if {
	i := df.final_index
	not last_user(i)
	not inherited_user(i)
	not nonroot_image(i)
	finding := {
		"msg": sprintf("%s has no USER instruction, so the container runs as root", [df.stage_label(i)]),
		"path": ["stages", i],
	}
}

deny contains finding if {
	i := df.final_index
	[_, ins] := inherited_user(i)
	root_user(ins.args[0])
	finding := {
		"msg": sprintf("%s inherits USER %s from its parent stage, so the container runs as root", [df.stage_label(i), ins.args[0]]),
		"path": ["stages", i],
	}
}
