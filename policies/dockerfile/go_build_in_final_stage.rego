# METADATA
# title: Go binary built in the final stage
# description: >-
#   When the final stage is a golang image or runs go build, the shipped image
#   carries the whole Go toolchain, the module cache and the sources: hundreds
#   of megabytes and a much larger attack surface than the binary needs.
# related_resources:
#   - ref: https://docs.docker.com/build/building/multi-stage/
#   - ref: https://docs.docker.com/guides/golang/build-images/
# custom:
#   id: PL-DF-001
#   severity: medium
#   rationale: It does not open a hole by itself, but it ships compilers and sources an attacker can use.
#   input: dockerfile
#   resources: [FROM, RUN]
#   tags: [docker, go, image-size]
#   remediation: >-
#     Build in a builder stage and copy only the binary into a minimal final image: `FROM
#     golang:1.23 AS build`, `RUN CGO_ENABLED=0 go build -o /app ./cmd/app`, then `FROM
#     gcr.io/distroless/static-debian12:nonroot` and `COPY --from=build /app /app`.
package platlint.dockerfile.go_build_in_final_stage

import data.platlint.lib.dockerfile as df

golang_image(img) if img.name in {"golang", "docker.io/library/golang", "library/golang"}

golang_image(img) if endswith(img.name, "/golang")

deny contains finding if {
	i := df.final_index
	golang_image(df.base_image(i))
	finding := {
		"msg": sprintf("%s is based on %s, so the Go toolchain ships in the image", [df.stage_label(i), df.final_stage.base]),
		"path": ["stages", i, "base"],
	}
}

deny contains finding if {
	i := df.final_index
	not golang_image(df.base_image(i))
	some j, ins in df.final_stage.instructions
	ins.cmd == "run"
	some text in array.concat(ins.args, object.get(ins, "heredocs", []))
	regex.match(`(^|[\s;&|(])go\s+(build|install)(\s|$)`, text)
	finding := {
		"msg": sprintf("%s runs go build; build in an earlier stage and copy the binary", [df.stage_label(i)]),
		"path": ["stages", i, "instructions", j],
	}
}
