package platlint.kubernetes.image_tag_mutable_test

import data.platlint.kubernetes.image_tag_mutable as p

pod(image) := {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "web", "namespace": "prod"}, "spec": {"containers": [{"name": "app", "image": image}]}}

test_no_tag if {
	r := p.deny with input as pod("nginx")
	count(r) == 1
	some f in r
	f.path == ["spec", "containers", 0, "image"]
	f.msg == `Pod prod/web container "app" uses image "nginx" without a tag, which means :latest`
}

test_latest_and_registry_port if {
	r := p.deny with input as pod("registry.example.com:5000/team/app:latest")
	some f in r
	f.msg == `Pod prod/web container "app" uses the mutable tag :latest (registry.example.com:5000/team/app:latest)`
	count(p.deny) == 1 with input as pod("registry.example.com:5000/team/app")
}

test_pinned_tag_and_digest_are_fine if {
	count(p.deny) == 0 with input as pod("nginx:1.27.3")
	count(p.deny) == 0 with input as pod("registry.example.com:5000/team/app:2.1")
	count(p.deny) == 0 with input as pod("nginx@sha256:0a1b2c")
	count(p.deny) == 0 with input as pod("nginx:latest@sha256:0a1b2c")
}

test_placeholders_are_unknown if {
	count(p.deny) == 0 with input as pod("${IMAGE}")
	count(p.deny) == 0 with input as pod("ghcr.io/acme/app:$(TAG)")
}

test_kustomize_pin if {
	inv := {"complete": true, "kubernetes": {"Kustomization": {"": {"": {"images": [{"name": "ghcr.io/acme/api", "newTag": "1.4.2"}]}}}}}
	count(p.deny) == 0 with input as pod("ghcr.io/acme/api") with data.platlint.inventory as inv
	count(p.deny) == 1 with input as pod("ghcr.io/acme/other") with data.platlint.inventory as inv
}

test_kustomize_latest_does_not_pin if {
	inv := {"complete": true, "kubernetes": {"Kustomization": {"": {"": {"images": [{"name": "ghcr.io/acme/api", "newTag": "latest"}]}}}}}
	count(p.deny) == 1 with input as pod("ghcr.io/acme/api") with data.platlint.inventory as inv
}

test_skaffold_and_ko_images_are_built_at_deploy if {
	inv := {"complete": true, "kubernetes": {"Config": {"": {"app": {"apiVersion": "skaffold/v4beta11", "kind": "Config", "build": {"artifacts": [{"image": "acme-api"}]}}}}}}
	count(p.deny) == 0 with input as pod("acme-api") with data.platlint.inventory as inv
	count(p.deny) == 1 with input as pod("acme-web") with data.platlint.inventory as inv
	count(p.deny) == 0 with input as pod("ko://github.com/acme/app/cmd/api")
}
