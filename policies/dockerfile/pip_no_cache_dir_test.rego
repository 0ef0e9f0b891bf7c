package platlint.dockerfile.pip_no_cache_dir_test

import data.platlint.dockerfile.pip_no_cache_dir as p

stage(i, instructions) := {
	"index": i, "name": "", "base": "python:3.12-slim", "from_stage": false, "line": (i * 10) + 1,
	"image": {"name": "python", "tag": "3.12-slim", "digest": ""},
	"instructions": array.concat([{"cmd": "from", "args": ["python:3.12-slim"], "flags": [], "json": false, "line": (i * 10) + 1}], instructions),
}

run(text, flags) := {"cmd": "run", "args": [text], "flags": flags, "json": false, "line": 3}

env(k, v) := {"cmd": "env", "args": [k, v], "flags": [], "json": false, "line": 2, "pairs": [{"key": k, "value": v}]}

test_cache_kept if {
	r := p.deny with input as {"stages": [stage(0, [run("pip install -r requirements.txt", [])])]}
	count(r) == 1
	some f in r
	f.path == ["stages", 0, "instructions", 1]
}

test_python_m_pip if {
	count(p.deny) == 1 with input as {"stages": [stage(0, [run("python -m pip install gunicorn==23.0.0", [])])]}
}

test_cache_disabled_is_fine if {
	count(p.deny) == 0 with input as {"stages": [stage(0, [
		run("pip install --no-cache-dir -r requirements.txt", []),
		run("PIP_NO_CACHE_DIR=1 pip install gunicorn==23.0.0", []),
		run("pip install -r requirements.txt && rm -rf /root/.cache/pip", []),
		run("pip install -r requirements.txt", ["--mount=type=cache,target=/root/.cache/pip"]),
		run("uv pip install --system --no-cache -r requirements.txt", []),
		run("pip install -r requirements.txt && pip cache purge", []),
	])]}
	count(p.deny) == 0 with input as {"stages": [stage(0, [env("PIP_NO_CACHE_DIR", "1"), run("pip install -r requirements.txt", [])])]}
}

test_builder_stage_is_not_checked if {
	count(p.deny) == 0 with input as {"stages": [stage(0, [run("pip install --prefix=/install -r requirements.txt", [])]), stage(1, [])]}
}
