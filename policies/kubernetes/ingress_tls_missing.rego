# METADATA
# title: Ingress without TLS
# description: >-
#   An Ingress without a tls section serves its hosts over plain HTTP:
#   credentials, cookies and data cross the network in clear text and can
#   be modified in transit. A host missing from every tls entry's hosts is
#   reported too (a tls entry without hosts covers them all). Ingresses whose
#   certificate is attached by the cloud load balancer
#   (alb.ingress.kubernetes.io/certificate-arn, GKE pre-shared or managed
#   certificates, Application Gateway SSL certificates) are not reported.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/services-networking/ingress/#tls
#   - ref: https://cert-manager.io/docs/usage/ingress/
# custom:
#   id: PL-K8S-037
#   severity: medium
#   rationale: Clear-text HTTP exposes traffic to interception on the path, but only for what the application sends over it.
#   input: kubernetes
#   resources: [Ingress]
#   tags: [kubernetes, network, encryption]
#   remediation: >-
#     Add `tls: [{hosts: [shop.example.com], secretName: shop-tls}]` (cert-manager can issue the
#     certificate with the `cert-manager.io/cluster-issuer` annotation).
package platlint.kubernetes.ingress_tls_missing

import data.platlint.lib.kubernetes as k8s
import data.platlint.lib.kubernetes_security as sec

lb_certificate_annotations := {
	"alb.ingress.kubernetes.io/certificate-arn",
	"ingress.gcp.kubernetes.io/pre-shared-cert",
	"networking.gke.io/managed-certificates",
	"appgw.ingress.kubernetes.io/appgw-ssl-certificate",
	"appgw.ingress.kubernetes.io/appgw-trusted-root-certificate",
}

lb_certificate if {
	some key, _ in input.metadata.annotations
	key in lb_certificate_annotations
}

tls := sec.arr(object.get(input, ["spec", "tls"], null))

deny contains finding if {
	input.kind == "Ingress"
	count(tls) == 0
	not lb_certificate
	finding := {
		"msg": sprintf("%s has no tls section, so %s served over plain HTTP", [k8s.name, hosts_phrase]),
		"path": ["spec"],
	}
}

hosts := [h | some rule in sec.arr(input.spec.rules); h := rule.host; is_string(h)]

hosts_phrase := sprintf("%s is", [concat(", ", hosts)]) if count(hosts) > 0

else := "it is"

# A rule host that no tls entry lists, when every tls entry lists hosts.
deny contains finding if {
	input.kind == "Ingress"
	count(tls) > 0
	not lb_certificate
	every t in tls {
		count(sec.arr(object.get(t, "hosts", null))) > 0
	}
	some i, rule in sec.arr(input.spec.rules)
	host := rule.host
	is_string(host)
	not covered(host)
	finding := {
		"msg": sprintf("%s serves host %s without TLS: no tls entry lists it", [k8s.name, host]),
		"path": ["spec", "rules", i, "host"],
	}
}

covered(host) if {
	some t in tls
	some h in sec.arr(t.hosts)
	host_matches(h, host)
}

host_matches(h, host) if lower(h) == lower(host)

# A wildcard certificate host *.example.com covers one label.
host_matches(h, host) if {
	startswith(h, "*.")
	suffix := lower(substring(h, 1, -1))
	endswith(lower(host), suffix)
	not contains(trim_suffix(lower(host), suffix), ".")
}
