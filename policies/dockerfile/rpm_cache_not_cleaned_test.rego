package platlint.dockerfile.rpm_cache_not_cleaned_test

import data.platlint.dockerfile.rpm_cache_not_cleaned as p

stage(i, instructions) := {
	"index": i, "name": "", "base": "registry.access.redhat.com/ubi9/ubi-minimal:9.4", "from_stage": false, "line": (i * 10) + 1,
	"image": {"name": "registry.access.redhat.com/ubi9/ubi-minimal", "tag": "9.4", "digest": ""},
	"instructions": array.concat([{"cmd": "from", "args": ["registry.access.redhat.com/ubi9/ubi-minimal:9.4"], "flags": [], "json": false, "line": (i * 10) + 1}], instructions),
}

run(text, flags) := {"cmd": "run", "args": [text], "flags": flags, "json": false, "line": 3}

test_dnf_without_clean if {
	r := p.deny with input as {"stages": [stage(0, [run("dnf install -y httpd", []), run("dnf clean all", [])])]}
	count(r) == 1
	some f in r
	f.path == ["stages", 0, "instructions", 1]
	contains(f.msg, "dnf install")
}

test_microdnf_and_zypper if {
	count(p.deny) == 1 with input as {"stages": [stage(0, [run("microdnf install -y shadow-utils", [])])]}
	count(p.deny) == 1 with input as {"stages": [stage(0, [run("zypper -n in curl", [])])]}
}

test_cleaned_is_fine if {
	count(p.deny) == 0 with input as {"stages": [stage(0, [
		run("microdnf install -y shadow-utils && microdnf clean all", []),
		run("yum -y install httpd && yum clean all && rm -rf /var/cache/yum", []),
		run("dnf install -y git && rm -rf /var/cache/dnf/*", []),
		run("zypper -n in curl && zypper clean --all", []),
		run("dnf install -y make", ["--mount=type=cache,target=/var/cache/dnf"]),
	])]}
}

test_builder_stage_is_not_checked if {
	count(p.deny) == 0 with input as {"stages": [stage(0, [run("dnf install -y gcc", [])]), stage(1, [])]}
}
