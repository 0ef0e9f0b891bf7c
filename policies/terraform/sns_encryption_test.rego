package platlint.terraform.sns_encryption_test

import data.platlint.terraform.sns_encryption as enc

test_topic_without_key if {
	r := enc.deny with input as {"resource": {"aws_sns_topic": {"alerts": {"name": "alerts"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_sns_topic", "alerts"]
}

test_empty_key_points_at_the_attribute if {
	r := enc.deny with input as {"resource": {"aws_sns_topic": {"alerts": {"kms_master_key_id": ""}}}}
	some f in r
	f.path == ["resource", "aws_sns_topic", "alerts", "kms_master_key_id"]
}

test_encrypted_topics_are_fine if {
	count(enc.deny) == 0 with input as {"resource": {"aws_sns_topic": {
		"a": {"kms_master_key_id": "${aws_kms_key.sns.arn}"},
		"b": {"kms_master_key_id": "alias/aws/sns"},
	}}}
}
