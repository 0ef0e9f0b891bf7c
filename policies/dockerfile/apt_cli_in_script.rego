# METADATA
# title: apt used instead of apt-get in RUN
# description: >-
#   apt is the interactive front end: its command-line interface and output
#   may change between releases and it warns "apt does not have a stable CLI
#   interface. Use with caution in scripts." apt-get (and apt-cache) are the
#   stable interfaces meant for scripts such as Dockerfiles.
# related_resources:
#   - ref: https://manpages.debian.org/bookworm/apt/apt.8.en.html#SCRIPT_USAGE_AND_DIFFERENCES_FROM_OTHER_APT_TOOLS
#   - ref: https://docs.docker.com/build/building/best-practices/#apt-get
# custom:
#   id: PL-DF-041
#   severity: low
#   rationale: It risks a broken build after an apt upgrade, not a security issue.
#   input: dockerfile
#   resources: [RUN]
#   tags: [docker, apt, correctness]
#   remediation: Replace `apt` with `apt-get`, e.g. `apt-get update && apt-get install -y --no-install-recommends curl`.
package platlint.dockerfile.apt_cli_in_script

import data.platlint.lib.dockerfile as df
import data.platlint.lib.shell

subcommands := {"install", "update", "upgrade", "full-upgrade", "dist-upgrade", "remove", "purge", "autoremove", "reinstall", "satisfy"}

deny contains finding if {
	some r in shell.runs
	some c in r.commands
	c.name == "apt"
	sub := shell.apt_subcommand(c)
	sub in subcommands
	finding := {
		"msg": sprintf("%s runs apt %s; use apt-get, whose interface is stable for scripts", [df.stage_label(r.stage), sub]),
		"path": ["stages", r.stage, "instructions", r.index],
	}
}
