# METADATA
# title: Package manager may prompt for confirmation
# description: >-
#   apt-get, yum, dnf and zypper ask for confirmation before changing
#   packages; a build has no terminal, so the command aborts ("Abort.") or
#   hangs, depending on the package set and the builder. apt-get -y (or -qq,
#   which implies it), yum/dnf -y and zypper --non-interactive make it
#   unattended. APT configured with APT::Get::Assume-Yes is accepted.
# related_resources:
#   - ref: https://docs.docker.com/build/building/best-practices/#apt-get
#   - ref: https://manpages.debian.org/bookworm/apt/apt-get.8.en.html
# custom:
#   id: PL-DF-024
#   severity: low
#   rationale: It breaks or stalls the build, loudly, without affecting the image's security.
#   input: dockerfile
#   resources: [RUN]
#   tags: [docker, correctness]
#   remediation: >-
#     Answer yes non-interactively: `apt-get install -y ...`, `dnf install -y ...`,
#     `zypper --non-interactive install ...`.
package platlint.dockerfile.package_install_prompts

import data.platlint.lib.dockerfile as df
import data.platlint.lib.shell

apt_changes := {"install", "upgrade", "dist-upgrade", "full-upgrade", "remove", "purge", "autoremove", "build-dep", "reinstall", "satisfy"}

rpm_changes := {"install", "update", "upgrade", "remove", "erase", "groupinstall", "reinstall", "downgrade", "autoremove", "distro-sync", "group"}

zypper_changes := {"install", "in", "update", "up", "remove", "rm", "dist-upgrade", "dup", "patch", "source-install", "si"}

deny contains finding if {
	some r in shell.runs
	some c in r.commands
	sub := shell.apt_subcommand(c)
	sub in apt_changes
	not apt_unattended(c)
	not apt_configured(r)
	finding := {
		"msg": sprintf("%s runs %s %s without -y, so it stops at the confirmation prompt", [df.stage_label(r.stage), c.name, sub]),
		"path": ["stages", r.stage, "instructions", r.index],
	}
}

deny contains finding if {
	some r in shell.runs
	some c in r.commands
	c.name in {"yum", "dnf", "dnf5"}
	sub := shell.rpm_subcommand(c)
	sub in rpm_changes
	not shell.has_option(c.argv, {"y"}, {"--assumeyes"})
	not contains(lower(shell.run_text(r.ins)), "assumeyes=")
	finding := {
		"msg": sprintf("%s runs %s %s without -y, so it stops at the confirmation prompt", [df.stage_label(r.stage), c.name, sub]),
		"path": ["stages", r.stage, "instructions", r.index],
	}
}

deny contains finding if {
	some r in shell.runs
	some c in r.commands
	sub := shell.zypper_subcommand(c)
	sub in zypper_changes
	not shell.has_option(c.argv, {"n", "y"}, {"--non-interactive", "--no-confirm"})
	finding := {
		"msg": sprintf("%s runs zypper %s without --non-interactive, so it stops at the confirmation prompt", [df.stage_label(r.stage), sub]),
		"path": ["stages", r.stage, "instructions", r.index],
	}
}

apt_unattended(c) if shell.has_option(c.argv, {"y"}, {"--yes", "--assume-yes"})

# -qq (quiet level 2) implies -y.
apt_unattended(c) if {
	some w in c.argv
	regex.match(`^(-[A-Za-z]*q[A-Za-z]*q[A-Za-z]*|-q=?2|--quiet=2)$`, w)
}

apt_unattended(c) if {
	some w in c.argv
	contains(lower(w), "apt::get::assume-yes")
}

# Assume-Yes written to an APT configuration file by this or an earlier RUN.
apt_configured(r) if {
	some x in shell.runs
	x.stage <= r.stage
	contains(lower(shell.run_text(x.ins)), "apt::get::assume-yes")
}
