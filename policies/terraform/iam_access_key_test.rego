package platlint.terraform.iam_access_key_test

import data.platlint.terraform.iam_access_key as p

test_access_key if {
	r := p.deny with input as {"resource": {"aws_iam_access_key": {"ci": {"user": "${aws_iam_user.ci.name}"}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_iam_access_key", "ci"]
	f.msg == "aws_iam_access_key.ci creates a long-lived access key whose secret is stored in clear text in the Terraform state"
}

test_access_key_with_pgp_key_is_still_reported if {
	r := p.deny with input as {"resource": {"aws_iam_access_key": {"ci": {"user": "ci", "pgp_key": "keybase:ops"}}}}
	count(r) == 1
	some f in r
	f.msg == "aws_iam_access_key.ci creates a long-lived access key"
}

test_no_access_key_is_fine if {
	count(p.deny) == 0 with input as {"resource": {"aws_iam_user": {"ci": {"name": "ci"}}}}
}
