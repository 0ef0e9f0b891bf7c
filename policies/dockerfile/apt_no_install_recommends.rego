# METADATA
# title: apt-get install without --no-install-recommends
# description: >-
#   By default apt also installs every "recommended" package: often dozens of
#   extra packages (documentation tools, X11 libraries, compilers) that bloat
#   the image and add CVEs the application never uses. Only installs in
#   stages that end up in the image are checked, and not when APT is
#   configured with APT::Install-Recommends off.
# related_resources:
#   - ref: https://docs.docker.com/build/building/best-practices/#apt-get
#   - ref: https://manpages.debian.org/bookworm/apt/apt-get.8.en.html
# custom:
#   id: PL-DF-022
#   severity: low
#   rationale: Extra packages grow the image and its vulnerability count, but are not an exposure by themselves.
#   input: dockerfile
#   resources: [RUN]
#   tags: [docker, apt, image-size]
#   remediation: >-
#     Add the flag: `apt-get install -y --no-install-recommends ca-certificates curl`, and name any
#     recommended package you really need explicitly.
package platlint.dockerfile.apt_no_install_recommends

import data.platlint.lib.dockerfile as df
import data.platlint.lib.shell

deny contains finding if {
	some r in shell.runs
	r.stage in shell.shipped_stages
	some c in r.commands
	shell.apt_subcommand(c) == "install"
	not shell.has_option(c.argv, set(), {"--no-install-recommends"})
	not configured(r)
	finding := {
		"msg": sprintf("%s runs %s install without --no-install-recommends", [df.stage_label(r.stage), c.name]),
		"path": ["stages", r.stage, "instructions", r.index],
	}
}

# -o APT::Install-Recommends=false on the command line, or a configuration
# file written by this or an earlier RUN of a shipped stage.
configured(r) if {
	some x in shell.runs
	x.stage in shell.shipped_stages
	contains(lower(shell.run_text(x.ins)), "apt::install-recommends")
	x.stage < r.stage
}

configured(r) if {
	some x in shell.runs
	x.stage == r.stage
	x.index <= r.index
	contains(lower(shell.run_text(x.ins)), "apt::install-recommends")
}
