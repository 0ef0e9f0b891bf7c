# METADATA
# title: Image without a tag or with :latest
# description: >-
#   An image with no tag means :latest, and :latest moves: each node pulls
#   whatever it points to when the pod lands there, so replicas run different
#   code, rollbacks do not roll back and an upstream push changes production
#   without a deploy. Images pinned by digest are not reported, nor images a
#   Kustomization in the scan pins (images[].newTag or digest) or a Skaffold
#   config in the scan builds, nor values filled in by a tool (${...},
#   $(...), ko://).
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/containers/images/#image-names
#   - ref: https://kubernetes.io/docs/concepts/configuration/overview/#container-images
# custom:
#   id: PL-K8S-022
#   severity: medium
#   rationale: Unpinned images make deployments unreproducible and let an upstream change reach production unreviewed.
#   input: kubernetes
#   resources: [Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Pod, Job, CronJob]
#   tags: [kubernetes, images, supply-chain]
#   remediation: >-
#     Pin a version tag and, better, its digest, e.g.
#     `image: nginx:1.27.3@sha256:<digest>`, or set `newTag`/`digest` for the image in the
#     kustomization.
package platlint.kubernetes.image_tag_mutable

import data.platlint.lib.kubernetes as k8s
import data.platlint.lib.kubernetes_security as sec

deny contains finding if {
	some c in k8s.containers
	img := c.container.image
	ref := sec.image_ref(img)
	ref.digest == ""
	ref.tag in {"", "latest"}
	not sec.templated(img)
	not sec.built_at_deploy(ref.name)
	not sec.kustomize_pins(ref.name)
	finding := {
		"msg": message(c, img, ref.tag),
		"path": array.concat(c.path, ["image"]),
	}
}

message(c, img, "") := sprintf("%s uses image %q without a tag, which means :latest", [c.label, img])

message(c, img, "latest") := sprintf("%s uses the mutable tag :latest (%s)", [c.label, img])
