# METADATA
# title: Service image without HEALTHCHECK
# description: >-
#   Docker, Compose and Swarm only know a container is alive, not that it
#   serves, unless the image declares a HEALTHCHECK: a wedged process keeps
#   receiving traffic and is never restarted. Only final stages that EXPOSE a
#   port (network services) are checked, and not those based on scratch,
#   distroless or Chainguard static images, which have no shell or client to
#   probe with and are run under orchestrators that probe from outside
#   (Kubernetes ignores HEALTHCHECK and uses readiness and liveness probes).
#   HEALTHCHECK NONE counts as a deliberate choice.
# related_resources:
#   - ref: https://docs.docker.com/reference/dockerfile/#healthcheck
#   - ref: https://www.cisecurity.org/benchmark/docker
# custom:
#   id: PL-DF-015
#   severity: low
#   rationale: It affects recovery from hangs outside Kubernetes, not security.
#   input: dockerfile
#   resources: [EXPOSE, HEALTHCHECK]
#   tags: [docker, reliability]
#   remediation: >-
#     Add a check the image can run, e.g.
#     `HEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- http://127.0.0.1:8080/healthz || exit 1`,
#     or `HEALTHCHECK NONE` when an orchestrator probes the service itself.
package platlint.dockerfile.healthcheck_missing

import data.platlint.lib.dockerfile as df
import data.platlint.lib.shell

deny contains finding if {
	i := df.final_index
	ports := [port |
		some k in shell.shipped_stages
		some [_, ins] in df.instructions(k, "expose")
		some port in ins.args
	]
	count(ports) > 0
	not has_healthcheck
	not probe_less(df.base_image(i))
	finding := {
		"msg": sprintf("%s exposes %s but defines no HEALTHCHECK", [df.stage_label(i), concat(", ", ports)]),
		"path": ["stages", i],
	}
}

has_healthcheck if {
	some k in shell.shipped_stages
	count(df.instructions(k, "healthcheck")) > 0
}

probe_less(img) if lower(img.name) == "scratch"

probe_less(img) if contains(lower(img.name), "distroless")

probe_less(img) if regex.match(`(^|/)chainguard/(static|glibc-dynamic)$`, lower(img.name))
