package platlint.kubernetes.apparmor_unconfined_test

import data.platlint.kubernetes.apparmor_unconfined as p

statefulset(annotations, pod_sc, containers) := {
	"apiVersion": "apps/v1", "kind": "StatefulSet", "metadata": {"name": "db", "namespace": "data"},
	"spec": {"template": {"metadata": {"annotations": annotations}, "spec": {"securityContext": pod_sc, "containers": containers}}},
}

test_legacy_annotation if {
	r := p.deny with input as statefulset({"container.apparmor.security.beta.kubernetes.io/pg": "unconfined"}, {}, [{"name": "pg"}])
	count(r) == 1
	some f in r
	f.path == ["spec", "template", "metadata", "annotations", "container.apparmor.security.beta.kubernetes.io/pg"]
	f.msg == `StatefulSet data/db container "pg" disables AppArmor (profile Unconfined)`
}

test_container_field if {
	r := p.deny with input as statefulset({}, {}, [{"name": "pg", "securityContext": {"appArmorProfile": {"type": "Unconfined"}}}])
	some f in r
	f.path == ["spec", "template", "spec", "containers", 0, "securityContext", "appArmorProfile", "type"]
}

test_pod_field_inherited if {
	r := p.deny with input as statefulset({"container.apparmor.security.beta.kubernetes.io/b": "runtime/default"}, {"appArmorProfile": {"type": "Unconfined"}}, [{"name": "a"}, {"name": "b"}])
	count(r) == 1
	some f in r
	f.path == ["spec", "template", "spec", "securityContext", "appArmorProfile", "type"]
	f.msg == `StatefulSet data/db disables AppArmor for container "a" (pod-level profile Unconfined)`
}

test_default_and_localhost_are_fine if {
	count(p.deny) == 0 with input as statefulset({}, {}, [{"name": "pg"}])
	count(p.deny) == 0 with input as statefulset({"container.apparmor.security.beta.kubernetes.io/pg": "localhost/pg"}, {"appArmorProfile": {"type": "RuntimeDefault"}}, [{"name": "pg"}])
}
