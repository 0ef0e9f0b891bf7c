resource "aws_vpc" "main" {
  cidr_block           = "10.0.0.0/16"
  enable_dns_hostnames = true
}

resource "aws_flow_log" "main" {
  vpc_id               = aws_vpc.main.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::acme-flow-logs"
}

resource "aws_vpc" "shared" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_flow_log" "shared" {
  vpc_id          = local.shared_vpc_id
  traffic_type    = "REJECT"
  log_destination = "arn:aws:s3:::acme-flow-logs"
}

locals {
  shared_vpc_id = aws_vpc.shared.id
}

resource "aws_vpc" "sandbox" { # want: PL-TF-076
  cidr_block = "10.2.0.0/16"
}

resource "aws_default_security_group" "main" {
  vpc_id = aws_vpc.main.id
}

resource "aws_default_security_group" "sandbox" {
  vpc_id = aws_vpc.sandbox.id

  ingress { # want: PL-TF-078
    protocol  = "-1"
    self      = true
    from_port = 0
    to_port   = 0
  }

  egress { # want: PL-TF-078
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
    from_port   = 0
    to_port     = 0
  }
}

resource "aws_vpc_security_group_ingress_rule" "sandbox_https" {
  security_group_id = aws_default_security_group.main.id # want: PL-TF-078
  description       = "HTTPS from the office"
  cidr_ipv4         = "203.0.113.0/24"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
}

resource "aws_default_vpc" "default" { # want: PL-TF-077
  tags = {
    Name = "Default VPC"
  }
}

resource "aws_default_subnet" "default_a" { # want: PL-TF-077
  availability_zone = "eu-west-1a"
}
