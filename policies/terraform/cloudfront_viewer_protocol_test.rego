package platlint.terraform.cloudfront_viewer_protocol_test

import data.platlint.terraform.cloudfront_viewer_protocol as vp

behavior(policy) := {"target_origin_id": "app", "allowed_methods": ["GET", "HEAD"], "cached_methods": ["GET", "HEAD"], "viewer_protocol_policy": policy}

test_default_behavior_allow_all if {
	r := vp.deny with input as {"resource": {"aws_cloudfront_distribution": {"cdn": {"default_cache_behavior": [behavior("allow-all")]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_cloudfront_distribution", "cdn", "default_cache_behavior", 0, "viewer_protocol_policy"]
}

test_ordered_behavior_allow_all if {
	r := vp.deny with input as {"resource": {"aws_cloudfront_distribution": {"cdn": {
		"default_cache_behavior": [behavior("redirect-to-https")],
		"ordered_cache_behavior": [
			object.union(behavior("https-only"), {"path_pattern": "/api/*"}),
			object.union(behavior("allow-all"), {"path_pattern": "/static/*"}),
		],
	}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_cloudfront_distribution", "cdn", "ordered_cache_behavior", 1, "viewer_protocol_policy"]
	contains(f.msg, "/static/*")
}

test_dynamic_ordered_behavior_allow_all if {
	r := vp.deny with input as {"resource": {"aws_cloudfront_distribution": {"cdn": {
		"default_cache_behavior": [behavior("redirect-to-https")],
		"dynamic": {"ordered_cache_behavior": {"for_each": "${var.behaviors}", "content": [object.union(behavior("allow-all"), {"path_pattern": "${ordered_cache_behavior.key}"})]}},
	}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_cloudfront_distribution", "cdn", "dynamic", "ordered_cache_behavior", "content", 0, "viewer_protocol_policy"]
	contains(f.msg, "dynamic ordered_cache_behavior allows")
}

test_https_behaviors_are_fine if {
	count(vp.deny) == 0 with input as {"resource": {"aws_cloudfront_distribution": {"cdn": {
		"default_cache_behavior": [behavior("redirect-to-https")],
		"ordered_cache_behavior": [object.union(behavior("${var.policy}"), {"path_pattern": "/api/*"})],
	}}}}
}
