# METADATA
# title: useradd with a high UID without -l
# description: >-
#   useradd reserves a 292-byte /var/log/lastlog record (and a faillog one)
#   for every UID up to the new user's. The file is sparse on disk, but image
#   layers store it in full, so `useradd -u 65532 app` adds about 19 MB of
#   zeros to the image. -l (--no-log-init) skips those databases. UIDs whose
#   records would take less than 10 MB are not flagged.
# related_resources:
#   - ref: https://docs.docker.com/build/building/best-practices/#user
#   - ref: https://manpages.debian.org/bookworm/passwd/useradd.8.en.html
# custom:
#   id: PL-DF-040
#   severity: low
#   rationale: It only wastes image size.
#   input: dockerfile
#   resources: [RUN]
#   tags: [docker, image-size]
#   remediation: Add `-l` (`--no-log-init`), e.g. `useradd -l -r -u 65532 -g app -s /usr/sbin/nologin app`.
package platlint.dockerfile.useradd_large_lastlog

import data.platlint.lib.dockerfile as df
import data.platlint.lib.shell

deny contains finding if {
	some r in shell.runs
	some c in r.commands
	c.name == "useradd"
	not shell.has_option(c.argv, {"l"}, {"--no-log-init"})
	uids := uids_of(c.argv)
	count(uids) > 0
	uid := to_number(uids[count(uids) - 1])
	mb := round((uid * 292) / 1000000)
	mb >= 10
	finding := {
		"msg": sprintf("%s creates a user with UID %d without -l, adding a %d MB /var/log/lastlog to the layer", [df.stage_label(r.stage), uid, mb]),
		"path": ["stages", r.stage, "instructions", r.index],
	}
}

# uids_of lists the values of -u N, --uid N, --uid=N and -uN, in order.
uids_of(argv) := [v |
	some k, w in argv
	v := uid_value(argv, k, w)
]

uid_value(argv, k, w) := argv[k + 1] if {
	w in {"-u", "--uid"}
	regex.match(`^[0-9]+$`, argv[k + 1])
}

uid_value(_, _, w) := m[0][1] if {
	m := regex.find_all_string_submatch_n(`^(?:--uid=|-u)([0-9]+)$`, w, 1)
	count(m) == 1
}
