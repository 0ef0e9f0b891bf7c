package platlint.terraform.sqs_encryption_disabled_test

import data.platlint.terraform.sqs_encryption_disabled as enc

test_encryption_turned_off if {
	r := enc.deny with input as {"resource": {"aws_sqs_queue": {"jobs": {"name": "jobs", "sqs_managed_sse_enabled": false}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_sqs_queue", "jobs", "sqs_managed_sse_enabled"]
}

test_default_encryption_is_fine if {
	count(enc.deny) == 0 with input as {"resource": {"aws_sqs_queue": {"jobs": {"name": "jobs"}}}}
}

test_kms_and_sse_sqs_are_fine if {
	count(enc.deny) == 0 with input as {"resource": {"aws_sqs_queue": {
		"a": {"sqs_managed_sse_enabled": true},
		"b": {"kms_master_key_id": "${aws_kms_key.queues.arn}", "kms_data_key_reuse_period_seconds": 300},
		"c": {"sqs_managed_sse_enabled": "${var.sse}"},
	}}}
}
