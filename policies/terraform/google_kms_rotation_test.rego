package platlint.terraform.google_kms_rotation_test

import data.platlint.terraform.google_kms_rotation as rule

test_no_rotation if {
	r := rule.deny with input as {"resource": {"google_kms_crypto_key": {"k": {"name": "k", "key_ring": "${google_kms_key_ring.r.id}"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "google_kms_crypto_key", "k"]
}

test_rotation_too_long if {
	r := rule.deny with input as {"resource": {"google_kms_crypto_key": {"k": {"rotation_period": "31536000s"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "google_kms_crypto_key", "k", "rotation_period"]
	contains(f.msg, "365 days")
}

test_ninety_days_or_less_is_fine if {
	count(rule.deny) == 0 with input as {"resource": {"google_kms_crypto_key": {
		"a": {"rotation_period": "7776000s"},
		"b": {"rotation_period": "2592000s"},
		"c": {"rotation_period": "${var.rotation}"},
	}}}
}

test_keys_that_cannot_rotate_are_skipped if {
	count(rule.deny) == 0 with input as {"resource": {"google_kms_crypto_key": {
		"sign": {"purpose": "ASYMMETRIC_SIGN", "version_template": [{"algorithm": "EC_SIGN_P256_SHA256"}]},
		"imported": {"import_only": true},
	}}}
}
