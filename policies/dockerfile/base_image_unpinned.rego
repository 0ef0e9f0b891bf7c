# METADATA
# title: Base image not pinned
# description: >-
#   A FROM without a tag, or with latest, builds on whatever the registry
#   serves that day: builds stop being reproducible and an upstream change or
#   compromise lands unreviewed. A digest pins the image; scratch and earlier
#   stage names are not images and are never flagged.
# related_resources:
#   - ref: https://docs.docker.com/build/building/best-practices/#pin-base-image-versions
#   - ref: https://docs.docker.com/reference/dockerfile/#from
# custom:
#   id: PL-DF-003
#   severity: medium
#   rationale: Unpinned bases make builds unreproducible and pull in unreviewed upstream changes.
#   input: dockerfile
#   resources: [FROM]
#   tags: [docker, supply-chain]
#   remediation: >-
#     Pin a version tag (`FROM alpine:3.20`) or, better, a digest (`FROM
#     alpine:3.20@sha256:<digest>`).
package platlint.dockerfile.base_image_unpinned

import data.platlint.lib.dockerfile as df

deny contains finding if {
	some i, s in input.stages
	not s.from_stage
	lower(s.base) != "scratch"
	not contains(s.base, "$")
	s.image.digest == ""
	problem := unpinned(s.image.tag)
	finding := {
		"msg": sprintf("%s uses %s %s", [df.stage_label(i), s.image.name, problem]),
		"path": ["stages", i, "base"],
	}
}

unpinned("") := "without a tag"

unpinned("latest") := "with the latest tag"
