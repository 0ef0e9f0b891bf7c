# METADATA
# title: Image not pinned by digest
# description: >-
#   A tag is a mutable pointer: whoever can push to the repository (or
#   compromises it) can move 1.4.2 to different content, and nodes that pull
#   again run it. A digest (@sha256:...) names exactly the image that was
#   tested and scanned. Images without a tag or with :latest are reported by
#   PL-K8S-022 instead; images a Kustomization in the scan pins by digest or
#   a Skaffold config in the scan builds, and values filled in by a tool, are
#   not reported.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/containers/images/#image-names
#   - ref: https://slsa.dev/spec/v1.0/threats
# custom:
#   id: PL-K8S-023
#   severity: low
#   rationale: Moving a released tag takes registry write access or a compromise, so this guards against a rarer, supply-chain level threat.
#   input: kubernetes
#   resources: [Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Pod, Job, CronJob]
#   tags: [kubernetes, images, supply-chain]
#   remediation: >-
#     Append the digest to the tag, e.g. `image: nginx:1.27.3@sha256:<digest>` (tools such as
#     Renovate keep it current), or set `digest` for the image in the kustomization.
package platlint.kubernetes.image_digest_missing

import data.platlint.lib.kubernetes as k8s
import data.platlint.lib.kubernetes_security as sec

deny contains finding if {
	some c in k8s.containers
	img := c.container.image
	ref := sec.image_ref(img)
	ref.digest == ""
	not ref.tag in {"", "latest"}
	not sec.templated(img)
	not sec.built_at_deploy(ref.name)
	not kustomize_digest(ref.name)
	finding := {
		"msg": sprintf("%s uses image %s by tag, not by digest", [c.label, img]),
		"path": array.concat(c.path, ["image"]),
	}
}

kustomize_digest(name) if {
	some _, k in data.platlint.inventory.kubernetes.Kustomization[_]
	some e in sec.arr(k.images)
	e.name == name
	is_string(e.digest)
	e.digest != ""
}
