# METADATA
# title: ADD downloads a URL without a checksum
# description: >-
#   ADD with an http(s) URL fetches whatever the server returns at build time
#   and puts it in the image unverified: a compromised or changed download
#   lands silently, and the layer is not reproducible. ADD --checksum (or a
#   RUN that downloads and checks a sha256) pins the content. Git sources
#   (ADD https://host/repo.git#ref) are not flagged.
# related_resources:
#   - ref: https://docs.docker.com/reference/dockerfile/#add---checksum
#   - ref: https://docs.docker.com/build/building/best-practices/#add-or-copy
# custom:
#   id: PL-DF-005
#   severity: medium
#   rationale: Unverified downloads are a supply-chain entry point, but exploiting one needs control of the source or the transport.
#   input: dockerfile
#   resources: [ADD]
#   tags: [docker, supply-chain]
#   remediation: >-
#     Pin the content with a checksum: `ADD --checksum=sha256:<digest> https://example.com/tool.tar.gz /tmp/`,
#     or download in a RUN and verify it (`curl -fsSLo tool.tgz https://... && echo "<sha256>  tool.tgz" | sha256sum -c -`).
package platlint.dockerfile.add_remote_url

import data.platlint.lib.dockerfile as df

deny contains finding if {
	some i, s in input.stages
	some j, ins in s.instructions
	ins.cmd == "add"
	not checksummed(ins)
	some src in array.slice(ins.args, 0, count(ins.args) - 1)
	regex.match(`^(?i)https?://`, src)
	not git_source(src)
	finding := {
		"msg": sprintf("%s downloads %s with ADD without --checksum", [df.stage_label(i), src]),
		"path": ["stages", i, "instructions", j],
	}
}

checksummed(ins) if {
	some f in object.get(ins, "flags", [])
	startswith(f, "--checksum=")
}

# A git repository source: https://github.com/org/repo.git or repo.git#v1.2.
git_source(src) if regex.match(`\.git(#.*)?$`, src)
