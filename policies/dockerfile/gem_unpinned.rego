# METADATA
# title: gem installed without a version
# description: >-
#   gem install <name> installs the newest release on RubyGems at build time,
#   outside the Gemfile.lock: new and occasionally malicious releases go into
#   the image unreviewed. A version (-v 2.5.6 or name:2.5.6), a Gemfile
#   (bundle install, gem install -g) and local .gem files are accepted.
# related_resources:
#   - ref: https://guides.rubygems.org/command-reference/#gem-install
#   - ref: https://bundler.io/guides/rationale.html
# custom:
#   id: PL-DF-031
#   severity: medium
#   rationale: RubyGems publishes new and occasionally malicious releases, and an unpinned install takes them in unreviewed.
#   input: dockerfile
#   resources: [RUN]
#   tags: [docker, ruby, supply-chain]
#   remediation: >-
#     Pin the version: `gem install bundler -v 2.5.22` (or `gem install bundler:2.5.22`), and install
#     application gems from the lockfile with `bundle install`.
package platlint.dockerfile.gem_unpinned

import data.platlint.lib.dockerfile as df
import data.platlint.lib.shell

value_options := {
	"-v", "--version", "-i", "--install-dir", "-n", "--bindir", "-s", "--source", "--platform", "-P",
	"--trust-policy", "-g", "--file", "--document", "--build-root",
}

deny contains finding if {
	some r in shell.runs
	some c in r.commands
	c.name == "gem"
	shell.subcommand(c, value_options) == "install"
	not shell.has_option(c.argv, {"v", "g"}, {"--version", "--file"})
	unpinned := [a |
		some a in shell.arguments(c, value_options)
		regex.match(`^[A-Za-z0-9][A-Za-z0-9._\-]*$`, a)
		not endswith(a, ".gem")
	]
	count(unpinned) > 0
	finding := {
		"msg": sprintf("%s installs %s with gem without a version", [df.stage_label(r.stage), concat(", ", unpinned)]),
		"path": ["stages", r.stage, "instructions", r.index],
	}
}
