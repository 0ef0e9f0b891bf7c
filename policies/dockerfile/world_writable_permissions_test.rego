package platlint.dockerfile.world_writable_permissions_test

import data.platlint.dockerfile.world_writable_permissions as p

stage(instructions) := {
	"index": 0, "name": "", "base": "debian:12", "from_stage": false, "line": 1,
	"image": {"name": "debian", "tag": "12", "digest": ""},
	"instructions": array.concat([{"cmd": "from", "args": ["debian:12"], "flags": [], "json": false, "line": 1}], instructions),
}

run(text) := {"cmd": "run", "args": [text], "flags": [], "json": false, "line": 3}

test_chmod_777 if {
	r := p.deny with input as {"stages": [stage([run("mkdir -p /data && chmod -R 777 /data /var/log/app")])]}
	count(r) == 1
	some f in r
	f.path == ["stages", 0, "instructions", 1]
	contains(f.msg, "/data /var/log/app")
}

test_other_world_writable_modes if {
	count(p.deny) == 1 with input as {"stages": [stage([run("chmod 666 /etc/app.conf")])]}
	count(p.deny) == 1 with input as {"stages": [stage([run("chmod a+rwx /opt/app")])]}
	count(p.deny) == 1 with input as {"stages": [stage([run("chmod u+x,o+w /opt/app/run.sh")])]}
	count(p.deny) == 1 with input as {"stages": [stage([run("chmod 0777 /srv")])]}
}

test_copy_chmod if {
	copy := {"cmd": "copy", "args": ["run.sh", "/run.sh"], "flags": ["--chmod=777"], "json": false, "line": 4}
	r := p.deny with input as {"stages": [stage([copy])]}
	count(r) == 1
	some f in r
	f.path == ["stages", 0, "instructions", 1]
}

test_safe_modes_are_fine if {
	count(p.deny) == 0 with input as {"stages": [stage([
		run("chmod 1777 /tmp/shared"),
		run("chmod 755 /usr/local/bin/app && chmod +x /entrypoint.sh && chmod g+w /data"),
		run("chmod a+rwxt /scratch"),
		run("chmod 0640 /etc/app/secret.conf"),
		{"cmd": "copy", "args": ["app", "/app"], "flags": ["--chmod=0755"], "json": false, "line": 5},
	])]}
}
