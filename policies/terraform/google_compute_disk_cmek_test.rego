package platlint.terraform.google_compute_disk_cmek_test

import data.platlint.terraform.google_compute_disk_cmek as rule

test_google_managed_key if {
	r := rule.deny with input as {"resource": {"google_compute_disk": {"data": {"size": 100, "type": "pd-ssd"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "google_compute_disk", "data"]
}

test_empty_key_block if {
	r := rule.deny with input as {"resource": {"google_compute_region_disk": {"data": {"disk_encryption_key": [{"kms_key_service_account": "x@y"}]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "google_compute_region_disk", "data", "disk_encryption_key", 0]
}

test_kms_key_is_fine if {
	count(rule.deny) == 0 with input as {"resource": {"google_compute_disk": {"data": {"disk_encryption_key": [{"kms_key_self_link": "${google_kms_crypto_key.disk.id}"}]}}}}
}
