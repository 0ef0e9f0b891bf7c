# METADATA
# title: TLS or package signature verification disabled
# description: >-
#   curl -k, wget --no-check-certificate, pip --trusted-host, npm strict-ssl
#   false, git http.sslVerify false or NODE_TLS_REJECT_UNAUTHORIZED=0 turn
#   off certificate checks; apt --allow-unauthenticated, [trusted=yes]
#   sources, apk --allow-untrusted, yum/dnf --nogpgcheck or gpgcheck=0 turn
#   off package signatures. Anyone on the network path (a proxy, a
#   compromised mirror) can then substitute what the build installs and runs.
#   Both RUN commands and ENV/ARG settings are checked.
# related_resources:
#   - ref: https://docs.docker.com/build/building/best-practices/#run
#   - ref: https://wiki.debian.org/SecureApt
#   - ref: https://pip.pypa.io/en/stable/topics/secure-installs/
# custom:
#   id: PL-DF-037
#   severity: high
#   rationale: It lets a network attacker inject code into the image, with no trace in the Dockerfile's inputs.
#   input: dockerfile
#   resources: [RUN, ENV, ARG]
#   tags: [docker, supply-chain, tls]
#   remediation: >-
#     Remove the override and trust the right CA instead: `COPY corp-ca.crt /usr/local/share/ca-certificates/`
#     then `RUN update-ca-certificates`; for package repositories, install their signing key
#     (`signed-by=/usr/share/keyrings/vendor.gpg`) rather than skipping verification.
package platlint.dockerfile.integrity_checks_disabled

import data.platlint.lib.dockerfile as df
import data.platlint.lib.shell

deny contains finding if {
	some [i, j, what] in overrides
	finding := {
		"msg": sprintf("%s disables verification: %s", [df.stage_label(i), what]),
		"path": ["stages", i, "instructions", j],
	}
}

deny contains finding if {
	some i, s in input.stages
	some j, ins in s.instructions
	ins.cmd in {"env", "arg"}
	some kv in object.get(ins, "pairs", [])
	insecure_setting(kv.key, object.get(kv, "value", ""))
	finding := {
		"msg": sprintf("%s disables verification: %s %s=%s", [df.stage_label(i), upper(ins.cmd), kv.key, kv.value]),
		"path": ["stages", i, "instructions", j],
	}
}

all_calls contains x if {
	some xs in shell.calls
	some x in xs
}

# overrides are the verification overrides of RUN commands: [stage, instruction, what].
overrides contains [i, j, "curl --insecure"] if {
	some [i, j, c, _] in shell.calls.curl
	shell.has_option(c.argv, {"k"}, {"--insecure"})
}

overrides contains [i, j, "wget --no-check-certificate"] if {
	some [i, j, c, _] in shell.calls.wget
	shell.has_option(c.argv, set(), {"--no-check-certificate"})
}

overrides contains [i, j, "pip --trusted-host"] if {
	some [i, j, c, _] in all_calls
	shell.pip_argv(c)
	shell.has_option(c.argv, set(), {"--trusted-host"})
}

overrides contains [i, j, sprintf("%s strict-ssl false", [c.name])] if {
	some name in {"npm", "yarn", "pnpm"}
	some [i, j, c, _] in shell.calls[name]
	some k, w in c.argv
	w == "strict-ssl"
	c.argv[k + 1] == "false"
}

overrides contains [i, j, sprintf("%s --strict-ssl=false", [c.name])] if {
	some name in {"npm", "yarn", "pnpm"}
	some [i, j, c, _] in shell.calls[name]
	"--strict-ssl=false" in c.argv
}

overrides contains [i, j, "git http.sslVerify false"] if {
	some [i, j, c, _] in shell.calls.git
	some k, w in c.argv
	lower(w) == "http.sslverify"
	lower(c.argv[k + 1]) in {"false", "0", "no", "off"}
}

overrides contains [i, j, "git -c http.sslVerify=false"] if {
	some [i, j, c, _] in shell.calls.git
	some w in c.argv
	regex.match(`(?i)^http\.sslverify=(false|0|no|off)$`, w)
}

overrides contains [i, j, sprintf("%s %s", [c.name, w])] if {
	some name in {"apt-get", "apt"}
	some [i, j, c, _] in shell.calls[name]
	some w in c.argv
	w in {"--allow-unauthenticated", "--allow-insecure-repositories", "--force-yes"}
}

overrides contains [i, j, sprintf("%s %s", [c.name, w])] if {
	some name in {"apt-get", "apt"}
	some [i, j, c, _] in shell.calls[name]
	some w in c.argv
	regex.match(`(?i)^(apt::get::allowunauthenticated|acquire::allowinsecurerepositories|acquire::https?::verify-peer)=(1|true|yes|false|0|no)$`, w)
	insecure_apt_option(lower(w))
}

overrides contains [i, j, "apk --allow-untrusted"] if {
	some [i, j, c, _] in shell.calls.apk
	"--allow-untrusted" in c.argv
}

overrides contains [i, j, sprintf("%s --nogpgcheck", [c.name])] if {
	some name in {"yum", "dnf", "dnf5", "microdnf", "tdnf", "zypper"}
	some [i, j, c, _] in shell.calls[name]
	some w in c.argv
	w in {"--nogpgcheck", "--no-gpg-checks"}
}

overrides contains [i, j, "rpm --nosignature"] if {
	some [i, j, c, _] in shell.calls.rpm
	some w in c.argv
	w in {"--nosignature", "--nodigest"}
}

overrides contains [i, j, sprintf("%s", [a])] if {
	some [i, j, c, _] in all_calls
	some a in c.assignments
	parts := split(a, "=")
	insecure_setting(parts[0], concat("=", array.slice(parts, 1, count(parts))))
}

insecure_apt_option(w) if regex.match(`(allowunauthenticated|allowinsecurerepositories)=(1|true|yes)$`, w)

insecure_apt_option(w) if regex.match(`verify-peer=(false|0|no)$`, w)

# Repository configuration written by the RUN: [trusted=yes] apt sources,
# gpgcheck=0 in a .repo file.
overrides contains [r.stage, r.index, "an apt source marked [trusted=yes]"] if {
	some r in shell.runs
	regex.match(`\[[^\]]*trusted=yes[^\]]*\]`, shell.run_text(r.ins))
}

overrides contains [r.stage, r.index, "gpgcheck=0 in a yum/dnf repository"] if {
	some r in shell.runs
	regex.match(`gpgcheck\s*=\s*(0|false|no)\b`, shell.run_text(r.ins))
}

insecure_setting("NODE_TLS_REJECT_UNAUTHORIZED", "0")

insecure_setting("PYTHONHTTPSVERIFY", "0")

insecure_setting("GIT_SSL_NO_VERIFY", v) if not lower(v) in {"", "0", "false", "no"}

insecure_setting("PIP_TRUSTED_HOST", v) if v != ""

insecure_setting(k, v) if {
	lower(k) == "npm_config_strict_ssl"
	lower(v) == "false"
}
