package platlint.terraform.eks_secrets_encryption_test

import data.platlint.terraform.eks_secrets_encryption as enc

test_cluster_without_encryption_config if {
	r := enc.deny with input as {"resource": {"aws_eks_cluster": {"main": {"name": "main", "vpc_config": [{"endpoint_public_access": false}]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_eks_cluster", "main"]
}

test_config_without_secrets if {
	r := enc.deny with input as {"resource": {"aws_eks_cluster": {"main": {"encryption_config": [{"resources": [], "provider": [{"key_arn": "${aws_kms_key.eks.arn}"}]}]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_eks_cluster", "main", "encryption_config", 0]
}

test_secrets_encryption_is_fine if {
	count(enc.deny) == 0 with input as {"resource": {"aws_eks_cluster": {"main": {"encryption_config": [{
		"resources": ["secrets"],
		"provider": [{"key_arn": "${aws_kms_key.eks.arn}"}],
	}]}}}}
}

test_dynamic_or_variable_config_is_not_flagged if {
	count(enc.deny) == 0 with input as {"resource": {"aws_eks_cluster": {
		"a": {"dynamic": {"encryption_config": {"for_each": "${var.kms_key_arn == null ? [] : [1]}", "content": [{"resources": ["secrets"]}]}}},
		"b": {"encryption_config": [{"resources": "${var.encrypted_resources}"}]},
	}}}
}
