# METADATA
# title: Two build stages share a name
# description: >-
#   Stage names are case-insensitive identifiers that COPY --from, RUN
#   --mount=from, FROM <stage> and `docker build --target` refer to. When two
#   stages share one, BuildKit rejects the Dockerfile and older builders
#   silently pick one of them, so a reference may read from the wrong stage.
# related_resources:
#   - ref: https://docs.docker.com/build/building/multi-stage/#name-your-build-stages
#   - ref: https://docs.docker.com/reference/dockerfile/#from
# custom:
#   id: PL-DF-008
#   severity: medium
#   rationale: It breaks the build or makes stage references ambiguous, which can ship the wrong files.
#   input: dockerfile
#   resources: [FROM]
#   tags: [docker, correctness]
#   remediation: >-
#     Give every stage a unique name: `FROM golang:1.23 AS build-api` and `FROM golang:1.23 AS build-worker`.
package platlint.dockerfile.duplicate_stage_name

import data.platlint.lib.dockerfile as df

deny contains finding if {
	some i, s in input.stages
	s.name != ""
	some k, earlier in input.stages
	k < i
	lower(earlier.name) == lower(s.name)
	finding := {
		"msg": sprintf("%s reuses the name %q of the stage at line %d", [df.stage_label(i), s.name, earlier.line]),
		"path": ["stages", i, "name"],
	}
}
