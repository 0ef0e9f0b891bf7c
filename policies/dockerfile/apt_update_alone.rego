# METADATA
# title: apt-get update in a RUN that installs nothing
# description: >-
#   A RUN that only refreshes the package index is cached as its own layer:
#   later, when a following RUN apt-get install changes, the build reuses the
#   weeks-old index and installs outdated (possibly vulnerable) versions or
#   fails on packages the mirror has since removed. Update and install belong
#   in the same RUN. RUNs that hand over to a script or helper that may
#   install (./install-deps.sh, install_packages) are not flagged.
# related_resources:
#   - ref: https://docs.docker.com/build/building/best-practices/#apt-get
# custom:
#   id: PL-DF-021
#   severity: medium
#   rationale: Stale indexes silently install outdated packages with known vulnerabilities.
#   input: dockerfile
#   resources: [RUN]
#   tags: [docker, apt, patching]
#   remediation: >-
#     Combine them in one RUN:
#     `RUN apt-get update && apt-get install -y --no-install-recommends curl=8.5.0-2ubuntu10.6 && rm -rf /var/lib/apt/lists/*`.
package platlint.dockerfile.apt_update_alone

import data.platlint.lib.dockerfile as df
import data.platlint.lib.shell

install_subcommands := {"install", "upgrade", "dist-upgrade", "full-upgrade", "build-dep", "reinstall", "source", "satisfy"}

# Commands that may install packages behind the scenes.
installers := {"sh", "bash", "make", "install_packages", "apt-fast", "nala", "aptitude", "eatmydata", "ansible-playbook"}

deny contains finding if {
	some r in shell.runs
	some c in r.commands
	shell.apt_subcommand(c) == "update"
	not installs(r)
	finding := {
		"msg": sprintf("%s runs %s update without installing in the same RUN, so later installs can use a stale cached index", [df.stage_label(r.stage), c.name]),
		"path": ["stages", r.stage, "instructions", r.index],
	}
}

installs(r) if {
	some c in r.commands
	shell.apt_subcommand(c) in install_subcommands
}

installs(r) if {
	some c in r.commands
	c.name in installers
}

installs(r) if {
	some c in r.commands
	count(c.argv) > 0
	regex.match(`(/|\.sh$)`, c.argv[0])
}
