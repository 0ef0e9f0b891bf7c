# METADATA
# title: pip install keeps its download cache in the layer
# description: >-
#   pip caches every downloaded wheel under ~/.cache/pip, which then ships in
#   the image layer, often tens or hundreds of megabytes. --no-cache-dir (uv:
#   --no-cache), PIP_NO_CACHE_DIR set in the stage, a cache mount on the cache
#   directory or removing it in the same RUN avoid that. Only stages that end
#   up in the image are checked; virtualenvs built in a builder stage and
#   copied over are fine.
# related_resources:
#   - ref: https://pip.pypa.io/en/stable/topics/caching/
#   - ref: https://docs.docker.com/build/cache/optimize/#use-cache-mounts
# custom:
#   id: PL-DF-029
#   severity: low
#   rationale: It only wastes image size and pull time.
#   input: dockerfile
#   resources: [RUN]
#   tags: [docker, python, image-size]
#   remediation: >-
#     Add `--no-cache-dir` (`pip install --no-cache-dir -r requirements.txt`), or keep the cache out of the
#     layer with `RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt`.
package platlint.dockerfile.pip_no_cache_dir

import data.platlint.lib.dockerfile as df
import data.platlint.lib.shell

deny contains finding if {
	some r in shell.runs
	r.stage in shell.shipped_stages
	some c in r.commands
	pa := shell.pip_argv(c)
	shell.operands(pa, 1, {"-r", "--requirement", "-c", "--constraint", "-t", "--target", "--prefix"})[0] == "install"
	not disabled(r, c, pa)
	finding := {
		"msg": sprintf("%s runs pip install without --no-cache-dir, leaving downloaded packages in the layer", [df.stage_label(r.stage)]),
		"path": ["stages", r.stage, "instructions", r.index],
	}
}

disabled(_, _, pa) if shell.has_option(pa, set(), {"--no-cache-dir", "--no-cache"})

disabled(_, c, _) if {
	c.name == "uv"
	shell.has_option(c.argv, {"n"}, set())
}

disabled(_, c, _) if {
	some a in c.assignments
	regex.match(`^(PIP_NO_CACHE_DIR|UV_NO_CACHE)=.`, a)
}

disabled(r, _, _) if {
	some name in ["PIP_NO_CACHE_DIR", "UV_NO_CACHE"]
	shell.env_value(r.stage, name) != ""
}

disabled(r, _, _) if {
	some m in shell.mounts(r.ins)
	object.get(m, "type", "") in {"cache", "tmpfs"}
	contains(shell.mount_target(m), ".cache")
}

# rm -rf /root/.cache/pip or ~/.cache, or pip cache purge, in the same RUN.
disabled(r, _, _) if {
	some x in r.commands
	x.name == "rm"
	some w in x.argv
	contains(w, ".cache")
}

disabled(r, _, _) if {
	some x in r.commands
	xa := shell.pip_argv(x)
	shell.operands(xa, 1, set()) == ["cache", "purge"]
}
