# METADATA
# title: pip packages installed without an exact version
# description: >-
#   pip install <name> (or a range such as >=2.0) resolves to the newest
#   release on PyPI at build time: a new major version, a yanked or a
#   hijacked release goes into the image unreviewed. Requirements and
#   constraints files (-r, -c), local paths and wheels, direct URL
#   references, --no-index installs from local wheels, variables, and the
#   pip, setuptools and wheel bootstrap packages are not flagged.
# related_resources:
#   - ref: https://pip.pypa.io/en/stable/topics/repeatable-installs/
#   - ref: https://pip.pypa.io/en/stable/topics/secure-installs/
# custom:
#   id: PL-DF-028
#   severity: medium
#   rationale: Language registries publish new and occasionally malicious releases constantly, and an unpinned install takes them in unreviewed.
#   input: dockerfile
#   resources: [RUN]
#   tags: [docker, python, supply-chain]
#   remediation: >-
#     Pin exact versions (`pip install --no-cache-dir gunicorn==23.0.0`), or better install from a
#     locked requirements file with hashes: `pip install --no-cache-dir --require-hashes -r requirements.txt`.
package platlint.dockerfile.pip_unpinned

import data.platlint.lib.dockerfile as df
import data.platlint.lib.shell

value_options := {
	"-r", "--requirement", "-c", "--constraint", "-e", "--editable", "-i", "--index-url", "--extra-index-url",
	"-f", "--find-links", "-t", "--target", "--prefix", "--root", "--platform", "--python-version",
	"--implementation", "--abi", "--src", "--trusted-host", "--cache-dir", "--progress-bar", "--log", "--proxy",
	"--retries", "--timeout", "--exists-action", "--cert", "--client-cert", "--only-binary", "--no-binary",
	"--upgrade-strategy", "--config-settings", "-C", "--python", "-p", "--report", "--group",
}

bootstrap := {"pip", "setuptools", "wheel"}

deny contains finding if {
	some r in shell.runs
	some c in r.commands
	pa := shell.pip_argv(c)
	ops := shell.operands(pa, 1, value_options)
	ops[0] == "install"
	not shell.has_option(pa, {"c"}, {"--constraint", "--no-index"})
	unpinned := [a |
		some k, a in ops
		k > 0
		unpinned_requirement(a)
		not direct_reference(ops, k)
		not lower(regex.replace(a, `[\[<>=!~].*$`, "")) in bootstrap
	]
	count(unpinned) > 0
	finding := {
		"msg": sprintf("%s installs %s with pip without an exact version", [df.stage_label(r.stage), concat(", ", unpinned)]),
		"path": ["stages", r.stage, "instructions", r.index],
	}
}

# A requirement by name, maybe with extras and a range, but no == pin.
unpinned_requirement(a) if {
	regex.match(`^[A-Za-z0-9][A-Za-z0-9._\-]*(\[[A-Za-z0-9,._\-]*\])?([<>!~]=?[^=]*)?$`, a)
	not contains(a, "==")
	not regex.match(`(?i)\.(whl|zip|tar\.gz|tgz)$`, a)
}

# name @ https://... is a direct reference.
direct_reference(ops, k) if ops[k + 1] == "@"
