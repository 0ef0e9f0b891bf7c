package platlint.kubernetes.ingress_tls_missing_test

import data.platlint.kubernetes.ingress_tls_missing as p

ingress(annotations, spec) := {"apiVersion": "networking.k8s.io/v1", "kind": "Ingress", "metadata": {"name": "shop", "namespace": "shop", "annotations": annotations}, "spec": spec}

rules := [
	{"host": "shop.example.com", "http": {"paths": [{"path": "/", "pathType": "Prefix", "backend": {"service": {"name": "web", "port": {"number": 80}}}}]}},
	{"host": "api.example.com", "http": {"paths": [{"path": "/", "pathType": "Prefix", "backend": {"service": {"name": "api", "port": {"number": 80}}}}]}},
]

test_no_tls if {
	r := p.deny with input as ingress({}, {"rules": rules})
	count(r) == 1
	some f in r
	f.path == ["spec"]
	f.msg == "Ingress shop/shop has no tls section, so shop.example.com, api.example.com is served over plain HTTP"
}

test_uncovered_host if {
	r := p.deny with input as ingress({}, {"tls": [{"hosts": ["shop.example.com"], "secretName": "shop-tls"}], "rules": rules})
	count(r) == 1
	some f in r
	f.path == ["spec", "rules", 1, "host"]
}

test_full_and_wildcard_coverage_is_fine if {
	count(p.deny) == 0 with input as ingress({}, {"tls": [{"hosts": ["shop.example.com", "api.example.com"], "secretName": "t"}], "rules": rules})
	count(p.deny) == 0 with input as ingress({}, {"tls": [{"hosts": ["*.example.com"], "secretName": "t"}], "rules": rules})
	count(p.deny) == 0 with input as ingress({}, {"tls": [{"secretName": "default-cert"}], "rules": rules})
}

test_wildcard_covers_one_label_only if {
	count(p.deny) == 1 with input as ingress({}, {"tls": [{"hosts": ["*.example.com"]}], "rules": [{"host": "a.b.example.com"}]})
}

test_load_balancer_certificate_is_fine if {
	count(p.deny) == 0 with input as ingress({"alb.ingress.kubernetes.io/certificate-arn": "arn:aws:acm:eu-west-1:123456789012:certificate/abc"}, {"rules": rules})
}
