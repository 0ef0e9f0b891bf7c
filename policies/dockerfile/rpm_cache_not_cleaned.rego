# METADATA
# title: yum, dnf or zypper cache left in the layer
# description: >-
#   yum, dnf, microdnf and zypper keep repository metadata (and sometimes
#   packages) under /var/cache, often over a hundred megabytes, which then
#   ships in the layer. Cleaning in a later RUN does not shrink the image.
#   `<tool> clean all` (zypper clean) or removing the cache directory in the
#   same RUN, or a cache mount on it, avoids that. Only stages that end up in
#   the image are checked.
# related_resources:
#   - ref: https://docs.docker.com/build/building/best-practices/#run
#   - ref: https://dnf.readthedocs.io/en/latest/command_ref.html#clean-command
# custom:
#   id: PL-DF-042
#   severity: low
#   rationale: It only wastes image size and pull time.
#   input: dockerfile
#   resources: [RUN]
#   tags: [docker, rpm, image-size]
#   remediation: >-
#     Clean up in the same RUN: `RUN dnf install -y httpd-2.4.62 && dnf clean all`
#     (`zypper --non-interactive install curl && zypper clean --all`).
package platlint.dockerfile.rpm_cache_not_cleaned

import data.platlint.lib.dockerfile as df
import data.platlint.lib.shell

rpm_changes := {"install", "update", "upgrade", "groupinstall", "reinstall", "makecache", "distro-sync", "group", "downgrade"}

zypper_changes := {"install", "in", "update", "up", "dist-upgrade", "dup", "patch", "refresh", "ref"}

caches := ["/var/cache/yum", "/var/cache/dnf", "/var/cache/libdnf5", "/var/cache/tdnf", "/var/cache/zypp"]

deny contains finding if {
	some r in shell.runs
	r.stage in shell.shipped_stages
	some c in r.commands
	tool_changes(c)
	not cleaned(r)
	finding := {
		"msg": sprintf("%s runs %s %s without cleaning its cache in the same RUN", [df.stage_label(r.stage), c.name, sub(c)]),
		"path": ["stages", r.stage, "instructions", r.index],
	}
}

tool_changes(c) if shell.rpm_subcommand(c) in rpm_changes

tool_changes(c) if shell.zypper_subcommand(c) in zypper_changes

sub(c) := shell.rpm_subcommand(c)

sub(c) := shell.zypper_subcommand(c)

cleaned(r) if {
	some c in r.commands
	shell.rpm_subcommand(c) == "clean"
}

cleaned(r) if {
	some c in r.commands
	shell.zypper_subcommand(c) in {"clean", "cc"}
}

cleaned(r) if {
	some dir in caches
	shell.deletes(r, dir)
}

cleaned(r) if {
	some dir in caches
	shell.keeps_out_of_layer(r.ins, dir)
}
