# METADATA
# title: apk packages installed without a version
# description: >-
#   apk add <name> installs whatever the Alpine mirror serves on the day of
#   the build. Pinning <name>=<version> (or a ~ constraint) makes builds
#   reproducible and version changes reviewable. Virtual package names
#   (--virtual .build-deps), local .apk files and variables are not checked.
# related_resources:
#   - ref: https://wiki.alpinelinux.org/wiki/Alpine_Package_Keeper#Holding_a_specific_package_back
#   - ref: https://docs.docker.com/build/building/best-practices/#pin-base-image-versions
# custom:
#   id: PL-DF-027
#   severity: low
#   rationale: Distribution packages change only through the distribution's updates, so drift is a reproducibility concern more than a risk.
#   input: dockerfile
#   resources: [RUN]
#   tags: [docker, apk, supply-chain, reproducibility]
#   remediation: >-
#     Pin each package: `apk add --no-cache curl=8.9.1-r1 ca-certificates=20240705-r0` (or `curl~8.9`).
package platlint.dockerfile.apk_unpinned

import data.platlint.lib.dockerfile as df
import data.platlint.lib.shell

deny contains finding if {
	some r in shell.runs
	some c in r.commands
	shell.apk_subcommand(c) == "add"
	unpinned := [a |
		some a in shell.arguments(c, shell.apk_value_options)
		regex.match(`^[a-z0-9][a-z0-9+._\-]*$`, a)
		not endswith(a, ".apk")
	]
	count(unpinned) > 0
	finding := {
		"msg": sprintf("%s installs %s with apk without a pinned version", [df.stage_label(r.stage), concat(", ", unpinned)]),
		"path": ["stages", r.stage, "instructions", r.index],
	}
}
