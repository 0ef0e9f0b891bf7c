package platlint.dockerfile.pip_unpinned_test

import data.platlint.dockerfile.pip_unpinned as p

stage(instructions) := {
	"index": 0, "name": "", "base": "python:3.12-slim", "from_stage": false, "line": 1,
	"image": {"name": "python", "tag": "3.12-slim", "digest": ""},
	"instructions": array.concat([{"cmd": "from", "args": ["python:3.12-slim"], "flags": [], "json": false, "line": 1}], instructions),
}

run(text) := {"cmd": "run", "args": [text], "flags": [], "json": false, "line": 3}

test_unpinned_packages if {
	r := p.deny with input as {"stages": [stage([run("pip install --no-cache-dir --upgrade pip && pip install --no-cache-dir gunicorn 'uvicorn[standard]>=0.30' flask==3.0.3")])]}
	count(r) == 1
	some f in r
	f.path == ["stages", 0, "instructions", 1]
	contains(f.msg, "installs gunicorn, uvicorn[standard]>=0.30 with pip")
}

test_launchers if {
	count(p.deny) == 1 with input as {"stages": [stage([run("python3 -m pip install --user requests")])]}
	count(p.deny) == 1 with input as {"stages": [stage([run("uv pip install --system httpx")])]}
	count(p.deny) == 1 with input as {"stages": [stage([run("/opt/venv/bin/pip3.12 install -r requirements.txt boto3")])]}
}

test_locked_and_local_installs_are_fine if {
	count(p.deny) == 0 with input as {"stages": [stage([
		run("pip install --no-cache-dir -r requirements.txt"),
		run("pip install --no-cache-dir --require-hashes --requirement=requirements.lock"),
		run("pip install -c constraints.txt requests celery"),
		run("pip install --no-index --find-links=/wheels myapp"),
		run("pip install --no-cache-dir . && pip install -e ./libs/core"),
		run("pip install /tmp/dist/app-1.0-py3-none-any.whl"),
		run("pip install \"tool @ git+https://github.com/acme/tool@4b825dc\""),
		run("pip install mylib @ https://files.example.com/mylib-1.0.tar.gz"),
		run("pip install $EXTRA_PACKAGES"),
		run("pip install --upgrade pip setuptools wheel"),
	])]}
}
