package platlint.terraform.ebs_encryption_by_default_disabled_test

import data.platlint.terraform.ebs_encryption_by_default_disabled as p

test_disabled if {
	r := p.deny with input as {"resource": {"aws_ebs_encryption_by_default": {"this": {"enabled": false}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_ebs_encryption_by_default", "this", "enabled"]
}

test_enabled_and_default_are_fine if {
	count(p.deny) == 0 with input as {"resource": {"aws_ebs_encryption_by_default": {"a": {"enabled": true}, "b": {}, "c": {"enabled": "${var.on}"}}}}
}
