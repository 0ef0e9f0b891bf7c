# METADATA
# title: Image exposes the SSH port
# description: >-
#   EXPOSE 22 in the shipped image means an SSH daemon is expected to run in
#   the container: one more network-facing service with credentials to manage
#   and patch. Containers are inspected with `docker exec` or `kubectl exec`,
#   which need no daemon in the image.
# related_resources:
#   - ref: https://docs.docker.com/reference/dockerfile/#expose
#   - ref: https://www.cisecurity.org/benchmark/docker
# custom:
#   id: PL-DF-012
#   severity: medium
#   rationale: An SSH server adds a remotely reachable login surface, though exploiting it still needs credentials or a flaw.
#   input: dockerfile
#   resources: [EXPOSE]
#   tags: [docker, network]
#   remediation: >-
#     Remove `EXPOSE 22` and the SSH server; use `docker exec -it <container> sh` or
#     `kubectl exec -it <pod> -- sh` for interactive access.
package platlint.dockerfile.expose_ssh

import data.platlint.lib.dockerfile as df
import data.platlint.lib.shell

deny contains finding if {
	some i in shell.shipped_stages
	some [j, ins] in df.instructions(i, "expose")
	some port in ins.args
	regex.match(`^22(/tcp)?$`, lower(port))
	finding := {
		"msg": sprintf("%s exposes the SSH port %s", [df.stage_label(i), port]),
		"path": ["stages", i, "instructions", j],
	}
}
