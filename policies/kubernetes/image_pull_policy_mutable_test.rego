package platlint.kubernetes.image_pull_policy_mutable_test

import data.platlint.kubernetes.image_pull_policy_mutable as p

pod(image, policy) := {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "web"}, "spec": {"containers": [{"name": "app", "image": image, "imagePullPolicy": policy}]}}

test_latest_if_not_present if {
	r := p.deny with input as pod("acme/app:latest", "IfNotPresent")
	count(r) == 1
	some f in r
	f.path == ["spec", "containers", 0, "imagePullPolicy"]
	f.msg == `Pod web container "app" pulls the mutable image "acme/app:latest" with imagePullPolicy IfNotPresent, so nodes keep whichever version they cached first`
}

test_no_tag_never if {
	count(p.deny) == 1 with input as pod("acme/app", "Never")
}

test_always_or_pinned_is_fine if {
	count(p.deny) == 0 with input as pod("acme/app:latest", "Always")
	count(p.deny) == 0 with input as pod("acme/app:1.2.3", "IfNotPresent")
	count(p.deny) == 0 with input as pod("acme/app@sha256:abc", "IfNotPresent")
}

test_unset_is_fine if {
	count(p.deny) == 0 with input as {"kind": "Pod", "metadata": {"name": "x"}, "spec": {"containers": [{"name": "a", "image": "acme/app"}]}}
}
