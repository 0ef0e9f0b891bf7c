package platlint.terraform.vpc_default_vpc_test

import data.platlint.terraform.vpc_default_vpc as dv

test_default_vpc if {
	r := dv.deny with input as {"resource": {"aws_default_vpc": {"default": {"tags": {"Name": "Default VPC"}}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_default_vpc", "default"]
}

test_default_subnet if {
	count(dv.deny) == 1 with input as {"resource": {"aws_default_subnet": {"a": {"availability_zone": "eu-west-1a"}}}}
}

test_own_vpc_is_fine if {
	count(dv.deny) == 0 with input as {"resource": {"aws_vpc": {"main": {"cidr_block": "10.0.0.0/16"}}}}
}
