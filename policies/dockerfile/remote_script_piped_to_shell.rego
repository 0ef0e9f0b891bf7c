# METADATA
# title: Downloaded script piped into a shell
# description: >-
#   `curl ... | sh`, `wget -qO- ... | bash`, `bash <(curl ...)` or
#   `sh -c "$(curl ...)"` run whatever the server returns at build time,
#   unreviewed and unverified: a compromised or changed installer executes
#   with the build's privileges and can plant anything in the image, and a
#   truncated download runs half a script. Pipes into interpreters that read
#   a program from stdin (python3 -, perl) count too; `curl ... | python3 -c
#   '<parse json>'` or `| tar xz` does not.
# related_resources:
#   - ref: https://docs.docker.com/build/building/best-practices/#run
#   - ref: https://docs.docker.com/reference/dockerfile/#add---checksum
# custom:
#   id: PL-DF-019
#   severity: medium
#   rationale: It executes unverified remote code in the build, but exploiting it needs control of the source or its TLS.
#   input: dockerfile
#   resources: [RUN]
#   tags: [docker, supply-chain]
#   remediation: >-
#     Download to a file, verify it, then run it:
#     `RUN curl -fsSLo /tmp/install.sh https://example.com/install.sh && echo "<sha256>  /tmp/install.sh" | sha256sum -c - && sh /tmp/install.sh`,
#     or install a pinned release artifact or package instead.
package platlint.dockerfile.remote_script_piped_to_shell

import data.platlint.lib.dockerfile as df
import data.platlint.lib.shell

downloaders := {"curl", "wget"}

# $(curl ...), <(curl ...) or a backquoted curl.
substitution_pattern := concat("", [`(?:\$\(|<\(|`, "`", `)\s*(curl|wget)\s`])

deny contains finding if {
	some r in shell.runs
	some a, c in r.commands
	c.name in downloaders
	c.piped_to
	some b, d in r.commands
	b > a
	every x in numbers.range(a, b - 1) {
		r.commands[x].piped_to
	}
	runs_stdin(d)
	finding := {
		"msg": sprintf("%s pipes a download from %s into %s", [df.stage_label(r.stage), c.name, d.name]),
		"path": ["stages", r.stage, "instructions", r.index],
	}
}

deny contains finding if {
	some r in shell.runs
	some c in r.commands
	c.name in {"sh", "bash", "ash", "dash", "zsh", "ksh", "source", ".", "eval"}
	m := regex.find_all_string_submatch_n(substitution_pattern, c.text, 1)
	count(m) > 0
	finding := {
		"msg": sprintf("%s runs the output of %s with %s", [df.stage_label(r.stage), m[0][1], c.name]),
		"path": ["stages", r.stage, "instructions", r.index],
	}
}

# A shell reads its program from stdin unless given -c or a script file.
runs_stdin(d) if {
	shell.shell_name(d.name)
	not shell.has_option(d.argv, {"c"}, set())
	script_from_stdin(d)
}

runs_stdin(d) if {
	regex.match(`^(python[0-9.]*|perl|ruby|node|php)$`, d.name)
	not shell.has_option(d.argv, {"c", "e", "m"}, {"--eval"})
	script_from_stdin(d)
}

script_from_stdin(d) if shell.has_option(d.argv, {"s"}, set())

script_from_stdin(d) if count(shell.operands(d.argv, 1, {"-o", "+o"})) == 0

script_from_stdin(d) if shell.operands(d.argv, 1, {"-o", "+o"})[0] in {"-", "/dev/stdin"}

script_from_stdin(d) if "-" in d.argv
