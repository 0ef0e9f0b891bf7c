# METADATA
# title: Kubernetes security helpers
# description: >-
#   Effective security context (container over pod), pod template metadata,
#   image references, label selectors, RBAC rules and inventory lookups shared
#   by the Kubernetes security, RBAC and networking policies.
package platlint.lib.kubernetes_security

import data.platlint.lib.kubernetes as k8s

# obj is x when x is an object and {} otherwise: a key written without a
# value (`securityContext:`) is null.
obj(x) := x if is_object(x)

else := {}

# arr is x when x is an array and [] otherwise.
arr(x) := x if is_array(x)

else := []

# has holds when the object o sets key f to a non-null value (false and 0
# count as set).
has(o, f) if object.get(o, f, null) != null

# --- Security context --------------------------------------------------------

pod_sc := obj(object.get(k8s.pod_spec, "securityContext", null))

pod_sc_path := array.concat(k8s.pod_spec_path, ["securityContext"])

# sc is a container's own securityContext.
sc(c) := obj(object.get(c.container, "securityContext", null))

# container_sets holds when the container's securityContext sets f itself.
container_sets(c, f) if has(sc(c), f)

# effective is the value of a field that exists at both levels (runAsUser,
# runAsNonRoot, seccompProfile, appArmorProfile, seLinuxOptions,
# windowsOptions): the container's value, else the pod's, else undefined.
effective(c, f) := v if {
	container_sets(c, f)
	v := sc(c)[f]
} else := v if {
	has(pod_sc, f)
	v := pod_sc[f]
}

# container_field_path points at a container-level securityContext field.
container_field_path(c, f) := array.concat(c.path, ["securityContext", f])

# container_sc_path is the most specific node on the way to the container's
# securityContext: the securityContext when written, else the container.
container_sc_path(c) := array.concat(c.path, ["securityContext"]) if is_object(object.get(c.container, "securityContext", null))

else := c.path

# pod_field_path is the most specific pod-level node for field f: the field,
# else the pod securityContext, else the pod spec.
pod_field_path(f) := array.concat(pod_sc_path, [f]) if has(pod_sc, f)

else := pod_sc_path if is_object(object.get(k8s.pod_spec, "securityContext", null))

else := k8s.pod_spec_path

# windows holds for pods pinned to Windows nodes, where the Linux-only
# controls (capabilities, seccomp, AppArmor, SELinux, privilege escalation,
# read-only root filesystem, procMount) do not apply.
windows if k8s.pod_spec.os.name == "windows"

# names formats container names for a message: "api", "init" (init).
names(cs) := concat(", ", sort([n |
	some c in cs
	n := container_name(c)
]))

# containers_phrase is `container "api"` or `containers "api", "sidecar"`.
containers_phrase(cs) := sprintf("container %s", [names(cs)]) if count(cs) == 1

else := sprintf("containers %s", [names(cs)])

container_name(c) := sprintf("%q (init)", [c.container.name]) if c.init

else := sprintf("%q", [c.container.name])

# --- Pod template metadata --------------------------------------------------

# template_metadata_path is where the pod's own metadata lives: metadata for a
# Pod, the template's metadata for controllers.
template_metadata_path := ["metadata"] if input.kind == "Pod"

else := array.concat(array.slice(k8s.pod_spec_path, 0, count(k8s.pod_spec_path) - 1), ["metadata"]) if k8s.is_workload

template_annotations := obj(object.get(input, array.concat(template_metadata_path, ["annotations"]), null))

template_labels := obj(object.get(input, array.concat(template_metadata_path, ["labels"]), null))

template_annotation_path(key) := array.concat(template_metadata_path, ["annotations", key])

# --- Images ------------------------------------------------------------------

# image_ref splits an image reference into name, tag and digest:
# "registry:5000/team/app:1.2@sha256:..." has name "registry:5000/team/app",
# tag "1.2" and the digest. A port in the registry host is not a tag.
image_ref(img) := {"name": name, "tag": tag, "digest": digest} if {
	is_string(img)
	parts := split(img, "@")
	ref := parts[0]
	digest := concat("@", array.slice(parts, 1, count(parts)))
	segs := split(ref, "/")
	last := segs[count(segs) - 1]
	tag := tag_of(last)
	name := trim_suffix(ref, suffix_of(tag))
}

tag_of(last) := t if {
	contains(last, ":")
	t := substring(last, indexof(last, ":") + 1, -1)
} else := ""

suffix_of(tag) := sprintf(":%s", [tag]) if tag != ""

else := ""

# templated holds for values a tool fills in before deploy (envsubst,
# kustomize vars, Skaffold/Tilt placeholders): they are unknown, not bad.
templated(v) if contains(v, "${")

templated(v) if contains(v, "$(")

templated(v) if contains(v, "{{")

# ko builds and resolves ko:// references at deploy time.
templated(v) if startswith(v, "ko://")

# built_at_deploy holds for an image name that a Skaffold config in the scan
# builds: Skaffold substitutes the tag and digest it built.
built_at_deploy(name) if {
	some _, by_ns in data.platlint.inventory.kubernetes.Config
	some _, cfg in by_ns
	startswith(cfg.apiVersion, "skaffold/")
	some artifact in arr(object.get(cfg, ["build", "artifacts"], null))
	artifact.image == name
}

# kustomize_pins holds when a Kustomization in the scan pins the image name
# with a newTag other than latest, or with a digest, through its images list.
kustomize_pins(name) if {
	some _, k in data.platlint.inventory.kubernetes.Kustomization[_]
	some e in arr(k.images)
	e.name == name
	kustomize_pinned(e)
}

kustomize_pinned(e) if {
	is_string(e.digest)
	e.digest != ""
}

kustomize_pinned(e) if {
	is_string(e.newTag)
	not e.newTag in {"", "latest"}
}

# --- Label selectors ---------------------------------------------------------

# selector_matches holds when a LabelSelector (matchLabels and
# matchExpressions) selects an object with the given labels. An empty
# selector selects everything; a null one nothing.
selector_matches(sel, labels) if {
	is_object(sel)
	every k, v in obj(object.get(sel, "matchLabels", null)) {
		labels[k] == v
	}
	every e in arr(object.get(sel, "matchExpressions", null)) {
		expression_matches(e, labels)
	}
}

expression_matches(e, labels) if {
	e.operator == "In"
	labels[e.key] in arr(e.values)
}

expression_matches(e, labels) if {
	e.operator == "NotIn"
	not labels[e.key] in arr(e.values)
}

expression_matches(e, labels) if {
	e.operator == "Exists"
	has(labels, e.key)
}

expression_matches(e, labels) if {
	e.operator == "DoesNotExist"
	not has(labels, e.key)
}

# map_selects holds for a Service-style selector (a plain map, all pairs
# must match); an empty map selects nothing for a Service.
map_selects(sel, labels) if {
	count(sel) > 0
	every k, v in sel {
		labels[k] == v
	}
}

# --- Inventory ---------------------------------------------------------------

# inventory_complete holds when whole directories were scanned, so a missing
# object really is missing.
inventory_complete if data.platlint.inventory.complete == true

# namespace is the object's namespace as the inventory keys it ("" when the
# manifest sets none).
namespace := ns if {
	ns := input.metadata.namespace
	is_string(ns)
} else := ""

# objects(kind, ns) maps names to the scanned objects of a kind in a namespace.
objects(kind, ns) := obj(object.get(data.platlint.inventory, ["kubernetes", kind, ns], null))

# selector_candidates(kind, ns, labels) is the set of names of the objects
# of kind in ns (NetworkPolicy, PodDisruptionBudget) whose selector may
# select pods with the labels. The engine indexes the selectors once per scan
# (data.platlint.inventory.selectors), so that a big namespace costs a few
# lookups per workload; without the index (unit tests) every object is a
# candidate. Callers still check the whole selector.
selector_candidates(kind, ns, labels) := names if {
	index := data.platlint.inventory.selectors[kind][ns]
	by_pair := {n | some k, v in labels; some n, _ in object.get(index, sprintf("%s=%v", [k, v]), {})}
	names := by_pair | {n | some n, _ in object.get(index, "*", {})}
} else := {n | some n, _ in objects(kind, ns)}

# ns_label formats a namespace for messages.
ns_label(ns) := sprintf("in namespace %q", [ns]) if ns != ""

else := "among the objects without a namespace"

# --- RBAC --------------------------------------------------------------------

role_kinds := {"Role", "ClusterRole"}

binding_kinds := {"RoleBinding", "ClusterRoleBinding"}

# core_group holds for a rule that applies to the core API group.
core_group(rule) if {
	some g in arr(rule.apiGroups)
	g in {"", "*"}
}

# rule_label names an RBAC rule for messages: `ClusterRole ci rule 2`.
rule_label(i) := sprintf("%s rule %d", [k8s.name, i])

# --- Capabilities ------------------------------------------------------------

# capability normalises a capability name: "cap_sys_admin" is "SYS_ADMIN".
capability(x) := trim_prefix(upper(x), "CAP_") if is_string(x)

added_capabilities(c) := arr(object.get(sc(c), ["capabilities", "add"], null))

dropped_capabilities(c) := arr(object.get(sc(c), ["capabilities", "drop"], null))

# --- Host paths --------------------------------------------------------------

runtime_sockets := {
	"/var/run/docker.sock",
	"/run/docker.sock",
	"/var/run/containerd/containerd.sock",
	"/run/containerd/containerd.sock",
	"/run/k3s/containerd/containerd.sock",
	"/var/run/crio/crio.sock",
	"/run/crio/crio.sock",
	"/var/run/cri-dockerd.sock",
	"/run/cri-dockerd.sock",
	"/var/run/podman/podman.sock",
	"/run/podman/podman.sock",
}

# host_path_clean drops trailing slashes ("/run/" is "/run"; "/" is "").
host_path_clean(p) := trim_right(p, "/") if is_string(p)

# exposes_runtime_socket holds for a hostPath that is a container runtime
# socket or a directory holding one (/, /run, /var/run, /run/containerd).
# /var is not: /var/run is a symlink to /run on current distributions and
# does not resolve to the node's /run inside the container.
exposes_runtime_socket(p) if {
	clean := host_path_clean(p)
	clean != "/var"
	some sock in runtime_sockets
	socket_under(sock, clean)
}

socket_under(sock, clean) if sock == clean

socket_under(sock, clean) if startswith(sock, concat("", [clean, "/"]))

# --- Seccomp -----------------------------------------------------------------

# seccomp_container is [type, path] of the profile a container sets itself:
# securityContext.seccompProfile, else the legacy
# container.seccomp.security.alpha.kubernetes.io/<name> annotation.
seccomp_container(c) := [t, array.concat(c.path, ["securityContext", "seccompProfile", "type"])] if {
	t := sc(c).seccompProfile.type
} else := [seccomp_annotation_type(v), template_annotation_path(key)] if {
	key := concat("", ["container.seccomp.security.alpha.kubernetes.io/", c.container.name])
	v := template_annotations[key]
}

# seccomp_pod is [type, path] of the pod-level profile: the pod
# securityContext, else the legacy seccomp.security.alpha.kubernetes.io/pod
# annotation.
seccomp_pod := [t, array.concat(pod_sc_path, ["seccompProfile", "type"])] if {
	t := pod_sc.seccompProfile.type
} else := [seccomp_annotation_type(v), template_annotation_path(key)] if {
	key := "seccomp.security.alpha.kubernetes.io/pod"
	v := template_annotations[key]
}

seccomp_annotation_type(v) := "Unconfined" if v == "unconfined"

else := "RuntimeDefault" if v in {"docker/default", "runtime/default"}

else := "Localhost" if startswith(v, "localhost/")

else := v

# --- Service accounts --------------------------------------------------------

# service_account_of is the service account a pod spec runs as.
service_account_of(spec) := sa if {
	sa := spec.serviceAccountName
	is_string(sa)
	sa != ""
} else := sa if {
	sa := spec.serviceAccount
	is_string(sa)
	sa != ""
} else := "default"

# bound holds when a RoleBinding or ClusterRoleBinding in the scan grants
# something to the service account, by name or through the
# system:serviceaccounts groups. Namespaces are matched leniently (a side
# that sets none matches any), since kustomize often adds them later.
bound(ns, sa) if {
	some e in binding_subjects(sa, ns)
	subject_is(e.subject, e.namespace, ns, sa)
}

# binding_subjects are the subjects of the scan's bindings that can name the
# account: by name, or the system:serviceaccounts groups. The engine indexes
# subjects once per scan (data.platlint.inventory.subjects); without the
# index (unit tests) every subject is listed.
binding_subjects(sa, ns) := entries if {
	index := data.platlint.inventory.subjects
	groups := object.get(index, "Group", {})
	entries := array.concat(
		object.get(index, ["ServiceAccount", sa], []),
		array.concat(
			object.get(groups, "system:serviceaccounts", []),
			object.get(groups, concat("", ["system:serviceaccounts:", ns]), []),
		),
	)
} else := [{"subject": s, "namespace": bns} |
	some kind in binding_kinds
	some bns, bindings in data.platlint.inventory.kubernetes[kind]
	some _, b in bindings
	some s in arr(b.subjects)
]

subject_is(s, bns, ns, sa) if {
	s.kind == "ServiceAccount"
	s.name == sa
	same_namespace(object.get(s, "namespace", bns), ns)
}

subject_is(s, _, _, _) if {
	s.kind == "Group"
	s.name == "system:serviceaccounts"
}

subject_is(s, _, ns, _) if {
	s.kind == "Group"
	s.name == concat("", ["system:serviceaccounts:", ns])
}

same_namespace(a, b) if a == b

same_namespace("", _)

same_namespace(_, "")

# --- Replicas ----------------------------------------------------------------

# min_replicas is the fewest pods a Deployment or StatefulSet runs: its
# replicas, raised by a HorizontalPodAutoscaler in the scan that targets it
# (minReplicas defaults to 1). Undefined when replicas is not a literal
# number and no autoscaler targets the object.
min_replicas := max(counts) if {
	counts := {n |
		some n in replica_counts
	}
	count(counts) > 0
}

replica_counts contains n if {
	n := input.spec.replicas
	is_number(n)
}

replica_counts contains 1 if not replicas_set

replica_counts contains n if {
	some _, hpa in data.platlint.inventory.kubernetes.HorizontalPodAutoscaler[namespace]
	hpa.spec.scaleTargetRef.kind == input.kind
	hpa.spec.scaleTargetRef.name == input.metadata.name
	n := object.get(hpa.spec, "minReplicas", 1)
	is_number(n)
}

# A KEDA ScaledObject (minReplicaCount defaults to 0).
replica_counts contains n if {
	some _, so in data.platlint.inventory.kubernetes.ScaledObject[namespace]
	object.get(so.spec.scaleTargetRef, "kind", "Deployment") == input.kind
	so.spec.scaleTargetRef.name == input.metadata.name
	n := object.get(so.spec, "minReplicaCount", 0)
	is_number(n)
}

replicas_set if has(input.spec, "replicas")

# --- Network policies ----------------------------------------------------------

# isolates_ingress holds for a Kubernetes NetworkPolicy that restricts ingress to the
# pods it selects: policyTypes lists Ingress, or is absent (then Ingress is
# implied).
isolates_ingress(np) if {
	startswith(np.apiVersion, "networking.k8s.io/")
	not has(np.spec, "policyTypes")
}

isolates_ingress(np) if {
	startswith(np.apiVersion, "networking.k8s.io/")
	"Ingress" in arr(np.spec.policyTypes)
}

# other_network_policies holds when the scan holds CNI- or cluster-level
# policies (Cilium, Calico, AdminNetworkPolicy) that may isolate the
# namespace's pods with selectors this library does not evaluate.
other_network_policies(_) if {
	some kind in {"CiliumClusterwideNetworkPolicy", "GlobalNetworkPolicy", "AdminNetworkPolicy", "BaselineAdminNetworkPolicy"}
	data.platlint.inventory.kubernetes[kind]
}

other_network_policies(ns) if {
	some _, np in data.platlint.inventory.kubernetes.CiliumNetworkPolicy[ns]
}

other_network_policies(ns) if {
	some _, np in data.platlint.inventory.kubernetes.NetworkPolicy[ns]
	not startswith(np.apiVersion, "networking.k8s.io/")
}
