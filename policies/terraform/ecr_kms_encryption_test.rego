package platlint.terraform.ecr_kms_encryption_test

import data.platlint.terraform.ecr_kms_encryption as enc

test_repository_without_encryption_configuration if {
	r := enc.deny with input as {"resource": {"aws_ecr_repository": {"api": {"name": "api"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_ecr_repository", "api"]
}

test_aes256_points_at_the_type if {
	r := enc.deny with input as {"resource": {"aws_ecr_repository": {"api": {"encryption_configuration": [{"encryption_type": "AES256"}]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_ecr_repository", "api", "encryption_configuration", 0, "encryption_type"]
}

test_kms_is_fine if {
	count(enc.deny) == 0 with input as {"resource": {"aws_ecr_repository": {
		"api": {"encryption_configuration": [{"encryption_type": "KMS", "kms_key": "${aws_kms_key.ecr.arn}"}]},
		"web": {"encryption_configuration": [{"encryption_type": "KMS_DSSE"}]},
		"var": {"encryption_configuration": [{"encryption_type": "${var.encryption}"}]},
	}}}
}
