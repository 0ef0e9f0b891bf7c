# METADATA
# title: Mutable image pulled only if not present
# description: >-
#   For an image without a tag or with :latest (and no digest), Kubernetes
#   defaults imagePullPolicy to Always. Setting IfNotPresent or Never makes
#   each node keep the version it cached first, so replicas on different
#   nodes run different code and a new push never reaches old nodes. Pinned
#   tags and digests are not reported: IfNotPresent is the right policy for
#   them, and a pinned image does not need Always.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/containers/images/#image-pull-policy
# custom:
#   id: PL-K8S-024
#   severity: low
#   rationale: It makes an already unpinned image drift between nodes; the unpinned image itself is reported by PL-K8S-022.
#   input: kubernetes
#   resources: [Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Pod, Job, CronJob]
#   tags: [kubernetes, images, reliability]
#   remediation: >-
#     Pin the image (`image: app:1.4.2@sha256:<digest>`) and keep `imagePullPolicy: IfNotPresent`,
#     or, while it is unpinned, use `imagePullPolicy: Always`.
package platlint.kubernetes.image_pull_policy_mutable

import data.platlint.lib.kubernetes as k8s
import data.platlint.lib.kubernetes_security as sec

deny contains finding if {
	some c in k8s.containers
	policy := c.container.imagePullPolicy
	policy in {"IfNotPresent", "Never"}
	img := c.container.image
	ref := sec.image_ref(img)
	ref.digest == ""
	ref.tag in {"", "latest"}
	not sec.templated(img)
	not sec.built_at_deploy(ref.name)
	not sec.kustomize_pins(ref.name)
	finding := {
		"msg": sprintf("%s pulls the mutable image %q with imagePullPolicy %s, so nodes keep whichever version they cached first", [c.label, img, policy]),
		"path": array.concat(c.path, ["imagePullPolicy"]),
	}
}
