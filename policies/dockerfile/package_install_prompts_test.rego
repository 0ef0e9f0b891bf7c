package platlint.dockerfile.package_install_prompts_test

import data.platlint.dockerfile.package_install_prompts as p

stage(instructions) := {
	"index": 0, "name": "", "base": "debian:12", "from_stage": false, "line": 1,
	"image": {"name": "debian", "tag": "12", "digest": ""},
	"instructions": array.concat([{"cmd": "from", "args": ["debian:12"], "flags": [], "json": false, "line": 1}], instructions),
}

run(text) := {"cmd": "run", "args": [text], "flags": [], "json": false, "line": 3}

test_apt_get_install_without_yes if {
	r := p.deny with input as {"stages": [stage([run("apt-get update && apt-get install --no-install-recommends curl")])]}
	count(r) == 1
	some f in r
	f.path == ["stages", 0, "instructions", 1]
}

test_dnf_and_zypper if {
	count(p.deny) == 1 with input as {"stages": [stage([run("dnf install httpd && dnf clean all")])]}
	count(p.deny) == 1 with input as {"stages": [stage([run("zypper install curl")])]}
}

test_unattended_forms_are_fine if {
	count(p.deny) == 0 with input as {"stages": [stage([
		run("apt-get update && apt-get install -y --no-install-recommends curl"),
		run("apt-get -qq install git"),
		run("apt-get install --yes git && apt-get -yq purge make && apt-get autoremove --assume-yes"),
		run("apt-get -o APT::Get::Assume-Yes=true install jq"),
		run("dnf install -y httpd && yum --assumeyes update"),
		run("zypper --non-interactive install curl && zypper -n up"),
		run("apt-get update && apt-cache policy curl"),
	])]}
}

test_apt_configuration_is_fine if {
	count(p.deny) == 0 with input as {"stages": [stage([
		run("echo 'APT::Get::Assume-Yes \"true\";' > /etc/apt/apt.conf.d/90assumeyes"),
		run("apt-get install curl"),
	])]}
}
