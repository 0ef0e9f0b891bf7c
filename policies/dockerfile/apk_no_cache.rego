# METADATA
# title: apk add keeps its cache in the layer
# description: >-
#   Without --no-cache, apk add stores the repository indexes under
#   /var/cache/apk, which then ships in the image layer. --no-cache fetches the
#   index into memory only; removing /var/cache/apk in the same RUN or a cache
#   mount on it works too. Only stages that end up in the image are checked.
# related_resources:
#   - ref: https://wiki.alpinelinux.org/wiki/Alpine_Package_Keeper#Local_Cache
#   - ref: https://docs.docker.com/build/cache/optimize/#use-cache-mounts
# custom:
#   id: PL-DF-026
#   severity: low
#   rationale: It only wastes image size.
#   input: dockerfile
#   resources: [RUN]
#   tags: [docker, apk, image-size]
#   remediation: Use `apk add --no-cache ca-certificates=20240705-r0`, and drop any separate `apk update`.
package platlint.dockerfile.apk_no_cache

import data.platlint.lib.dockerfile as df
import data.platlint.lib.shell

deny contains finding if {
	some r in shell.runs
	r.stage in shell.shipped_stages
	some c in r.commands
	shell.apk_subcommand(c) == "add"
	not shell.has_option(c.argv, set(), {"--no-cache"})
	not cleaned(r)
	finding := {
		"msg": sprintf("%s runs apk add without --no-cache, leaving the index in /var/cache/apk", [df.stage_label(r.stage)]),
		"path": ["stages", r.stage, "instructions", r.index],
	}
}

cleaned(r) if shell.deletes(r, "/var/cache/apk")

cleaned(r) if {
	some c in r.commands
	shell.apk_subcommand(c) == "cache"
	shell.arguments(c, shell.apk_value_options)[0] in {"clean", "purge"}
}

cleaned(r) if shell.keeps_out_of_layer(r.ins, "/var/cache/apk")

cleaned(r) if shell.keeps_out_of_layer(r.ins, "/etc/apk/cache")
