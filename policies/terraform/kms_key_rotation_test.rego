package platlint.terraform.kms_key_rotation_test

import data.platlint.terraform.kms_key_rotation as rot

test_key_without_rotation_points_at_the_key if {
	r := rot.deny with input as {"resource": {"aws_kms_key": {"data": {"description": "data", "deletion_window_in_days": 30}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_kms_key", "data"]
}

test_rotation_false_points_at_the_attribute if {
	r := rot.deny with input as {"resource": {"aws_kms_key": {"data": {"enable_key_rotation": false}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_kms_key", "data", "enable_key_rotation"]
}

test_explicit_symmetric_spec_is_checked if {
	count(rot.deny) == 1 with input as {"resource": {"aws_kms_key": {"k": {"customer_master_key_spec": "SYMMETRIC_DEFAULT", "key_usage": "ENCRYPT_DECRYPT"}}}}
}

test_rotating_key_is_fine if {
	count(rot.deny) == 0 with input as {"resource": {"aws_kms_key": {"data": {"enable_key_rotation": true, "rotation_period_in_days": 180}}}}
}

test_rotation_from_variable_is_not_flagged if {
	count(rot.deny) == 0 with input as {"resource": {"aws_kms_key": {"data": {"enable_key_rotation": "${var.rotate}"}}}}
}

test_asymmetric_and_hmac_keys_are_skipped if {
	count(rot.deny) == 0 with input as {"resource": {"aws_kms_key": {
		"signing": {"customer_master_key_spec": "ECC_NIST_P256", "key_usage": "SIGN_VERIFY"},
		"mac": {"customer_master_key_spec": "HMAC_256", "key_usage": "GENERATE_VERIFY_MAC"},
		"unknown": {"customer_master_key_spec": "${var.spec}"},
	}}}
}

test_custom_key_store_is_skipped if {
	count(rot.deny) == 0 with input as {"resource": {"aws_kms_key": {"hsm": {"custom_key_store_id": "${aws_cloudhsm_v2_cluster.main.id}"}}}}
}
