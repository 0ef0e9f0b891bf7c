# METADATA
# title: Deprecated MAINTAINER instruction
# description: >-
#   MAINTAINER has been deprecated since Docker 1.13: it writes a legacy
#   Author field that registries and SBOM tools ignore. The OCI label
#   org.opencontainers.image.authors carries the same information where
#   tooling looks for it.
# related_resources:
#   - ref: https://docs.docker.com/reference/dockerfile/#maintainer-deprecated
#   - ref: https://github.com/opencontainers/image-spec/blob/main/annotations.md
# custom:
#   id: PL-DF-004
#   severity: low
#   rationale: It only loses metadata; nothing about the image's security changes.
#   input: dockerfile
#   resources: [MAINTAINER]
#   tags: [docker, best-practice]
#   remediation: >-
#     Replace it with a label: `LABEL org.opencontainers.image.authors="platform@example.com"`.
package platlint.dockerfile.maintainer_deprecated

import data.platlint.lib.dockerfile as df

deny contains finding if {
	some i, s in input.stages
	some j, ins in s.instructions
	ins.cmd == "maintainer"
	finding := {
		"msg": sprintf("%s uses the deprecated MAINTAINER instruction", [df.stage_label(i)]),
		"path": ["stages", i, "instructions", j],
	}
}
