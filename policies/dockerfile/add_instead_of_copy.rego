# METADATA
# title: ADD used to copy local files
# description: >-
#   ADD copies like COPY but also unpacks local tar archives and fetches URLs,
#   so an ADD of ordinary files or directories hides those side effects from
#   reviewers (a file that later becomes a .tar.gz is silently extracted).
#   Only ADD of local, non-archive sources is flagged; archives it is meant to
#   extract, URLs, git sources, heredocs and sources named by a variable or an
#   unspecific wildcard are left alone.
# related_resources:
#   - ref: https://docs.docker.com/build/building/best-practices/#add-or-copy
#   - ref: https://docs.docker.com/reference/dockerfile/#add
# custom:
#   id: PL-DF-006
#   severity: low
#   rationale: It makes builds surprising rather than insecure.
#   input: dockerfile
#   resources: [ADD]
#   tags: [docker, best-practice]
#   remediation: >-
#     Use COPY for local files and directories: `COPY --chown=app:app config/ /etc/app/`;
#     keep ADD for archives you want unpacked (`ADD rootfs.tar.gz /`).
package platlint.dockerfile.add_instead_of_copy

import data.platlint.lib.dockerfile as df

deny contains finding if {
	some i, s in input.stages
	some j, ins in s.instructions
	ins.cmd == "add"
	count(ins.args) >= 2
	sources := array.slice(ins.args, 0, count(ins.args) - 1)
	every src in sources {
		local_plain(src)
	}
	finding := {
		"msg": sprintf("%s uses ADD for %s, which ADD does not unpack; use COPY", [df.stage_label(i), concat(", ", sources)]),
		"path": ["stages", i, "instructions", j],
	}
}

archive_pattern := `(?i)\.(tar|tgz|taz|tbz|tbz2|txz|tzst|gz|bz2|xz|zst|lz4)$`

# local_plain holds for a local source that is certainly not an archive.
local_plain(src) if {
	not regex.match(`^[A-Za-z][A-Za-z0-9+.-]*://`, src)
	not startswith(src, "git@")
	not startswith(src, "<<")
	not contains(src, "$")
	not regex.match(archive_pattern, src)
	specific(src)
}

specific(src) if not regex.match(`[*?\[]`, src)

# A wildcard names plain files only when it ends in a fixed extension (*.jar).
specific(src) if {
	regex.match(`[*?\[]`, src)
	regex.match(`\.[A-Za-z0-9]+$`, src)
	not regex.match(`[*?\[\]][^/.]*$`, src)
}
