# METADATA
# title: apt package lists left in the layer
# description: >-
#   apt-get update downloads the package indexes to /var/lib/apt/lists (tens
#   of megabytes). Removing them in a later RUN does not shrink the image, as
#   the earlier layer keeps them, so they must go in the same RUN. A cache
#   mount on /var/lib/apt keeps them out of the layer as well. Only stages
#   that end up in the image are checked.
# related_resources:
#   - ref: https://docs.docker.com/build/building/best-practices/#apt-get
#   - ref: https://docs.docker.com/build/cache/optimize/#use-cache-mounts
# custom:
#   id: PL-DF-023
#   severity: low
#   rationale: It only wastes image size and pull time.
#   input: dockerfile
#   resources: [RUN]
#   tags: [docker, apt, image-size]
#   remediation: >-
#     End the RUN with the cleanup: `RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*`,
#     or use `RUN --mount=type=cache,target=/var/lib/apt,sharing=locked --mount=type=cache,target=/var/cache/apt,sharing=locked ...`.
package platlint.dockerfile.apt_lists_not_removed

import data.platlint.lib.dockerfile as df
import data.platlint.lib.shell

lists := "/var/lib/apt/lists"

deny contains finding if {
	some r in shell.runs
	r.stage in shell.shipped_stages
	some c in r.commands
	shell.apt_subcommand(c) == "update"
	not shell.deletes(r, lists)
	not cleaned_by_apt(r)
	not shell.keeps_out_of_layer(r.ins, lists)
	finding := {
		"msg": sprintf("%s runs %s update but does not remove %s in the same RUN", [df.stage_label(r.stage), c.name, lists]),
		"path": ["stages", r.stage, "instructions", r.index],
	}
}

# apt-get distclean (apt 2.7+) removes the lists too.
cleaned_by_apt(r) if {
	some c in r.commands
	shell.apt_subcommand(c) in {"distclean", "dist-clean"}
}
