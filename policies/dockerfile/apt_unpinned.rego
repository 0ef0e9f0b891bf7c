# METADATA
# title: apt packages installed without a version
# description: >-
#   apt-get install <name> installs whatever version the mirror serves on the
#   day of the build, so two builds of the same commit can differ and an
#   upstream change arrives unreviewed. Pinning <name>=<version> makes the
#   package set reproducible and changes visible in review (update pins with
#   a bot such as Renovate). Local .deb files, variables and command
#   substitutions are not checked.
# related_resources:
#   - ref: https://docs.docker.com/build/building/best-practices/#apt-get
#   - ref: https://manpages.debian.org/bookworm/apt/apt-get.8.en.html
# custom:
#   id: PL-DF-025
#   severity: low
#   rationale: Distribution packages change only through the distribution's reviewed updates, so drift is a reproducibility concern more than a risk.
#   input: dockerfile
#   resources: [RUN]
#   tags: [docker, apt, supply-chain, reproducibility]
#   remediation: >-
#     Pin each package: `apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 ca-certificates=20230311`
#     (list candidates with `apt-cache policy curl`).
package platlint.dockerfile.apt_unpinned

import data.platlint.lib.dockerfile as df
import data.platlint.lib.shell

deny contains finding if {
	some r in shell.runs
	some c in r.commands
	shell.apt_subcommand(c) == "install"
	unpinned := [a |
		some a in shell.arguments(c, shell.apt_value_options)
		regex.match(`^[a-z0-9][a-z0-9+.\-]*(:[a-z0-9\-]+)?(/[A-Za-z0-9.\-]+)?$`, a)
	]
	count(unpinned) > 0
	finding := {
		"msg": sprintf("%s installs %s with %s without a pinned version", [df.stage_label(r.stage), concat(", ", unpinned), c.name]),
		"path": ["stages", r.stage, "instructions", r.index],
	}
}
