resource "aws_security_group" "web" {
  name        = "e2e-web"
  description = "Web tier"
  vpc_id      = var.vpc_id

  ingress {
    description      = "HTTPS from anywhere"
    from_port        = 443
    to_port          = 443
    protocol         = "tcp"
    cidr_blocks      = ["0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
  }

  ingress {
    description = "SSH from anywhere"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"] # want: PL-TF-020
  }

  ingress {
    description      = "Low ports over IPv6"
    from_port        = 0
    to_port          = 1024
    protocol         = "6"
    cidr_blocks      = ["10.0.0.0/8"]
    ipv6_cidr_blocks = ["::/0"] # want: PL-TF-020
  }

  ingress {
    description = "SSH from the office"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["203.0.113.0/24"]
  }

  ingress {
    description = "SSH from the admin ranges"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = var.admin_cidrs
  }

  egress { # want: PL-TF-026
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"] # want: PL-TF-024
  }
}

resource "aws_security_group" "app" {
  name        = "e2e-app"
  description = "App tier: HTTP from the web tier, HTTPS out"
  vpc_id      = var.vpc_id

  dynamic "ingress" {
    for_each = var.app_ports
    content {
      description     = "App port ${ingress.value}"
      from_port       = ingress.value
      to_port         = ingress.value
      protocol        = "tcp"
      security_groups = [aws_security_group.web.id]
    }
  }

  egress {
    description = "HTTPS out"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "windows" {
  name        = "e2e-windows"
  description = "Managed by Terraform" # want: PL-TF-025
  vpc_id      = var.vpc_id
}

resource "aws_security_group_rule" "rdp" {
  type              = "ingress"
  description       = "RDP from anywhere"
  security_group_id = aws_security_group.windows.id
  protocol          = "tcp"
  from_port         = 3389
  to_port           = 3389
  cidr_blocks       = ["0.0.0.0/0"] # want: PL-TF-021
}

resource "aws_vpc_security_group_ingress_rule" "rdp_udp" {
  security_group_id = aws_security_group.windows.id
  description       = "RDP over UDP from anywhere"
  cidr_ipv6         = "::/0" # want: PL-TF-021
  ip_protocol       = "udp"
  from_port         = 3389
  to_port           = 3389
}

resource "aws_vpc_security_group_ingress_rule" "rdp_vpn" {
  security_group_id = aws_security_group.windows.id
  description       = "RDP from the VPN"
  cidr_ipv4         = "10.20.0.0/16"
  ip_protocol       = "tcp"
  from_port         = 3389
  to_port           = 3389
}

resource "aws_security_group" "data" { # want: PL-TF-025
  name   = "e2e-data"
  vpc_id = var.vpc_id
}

resource "aws_vpc_security_group_ingress_rule" "postgres" {
  security_group_id = aws_security_group.data.id
  description       = "PostgreSQL for a vendor"
  cidr_ipv4         = "0.0.0.0/0" # want: PL-TF-022
  ip_protocol       = "tcp"
  from_port         = 5432
  to_port           = 5432
}

resource "aws_security_group_rule" "db_range" {
  type              = "ingress"
  description       = "Database ports"
  security_group_id = aws_security_group.data.id
  protocol          = "tcp"
  from_port         = 3000
  to_port           = 6000
  cidr_blocks       = ["0.0.0.0/0"] # want: PL-TF-021,PL-TF-022
}

resource "aws_vpc_security_group_ingress_rule" "mongo_private" {
  security_group_id = aws_security_group.data.id
  description       = "MongoDB from the VPC"
  cidr_ipv4         = "10.0.0.0/16"
  ip_protocol       = "tcp"
  from_port         = 27017
  to_port           = 27017
}

resource "aws_vpc_security_group_ingress_rule" "redis_from_app" {
  security_group_id            = aws_security_group.data.id
  description                  = "Redis from the app tier"
  referenced_security_group_id = aws_security_group.app.id
  ip_protocol                  = "tcp"
  from_port                    = 6379
  to_port                      = 6379
}

resource "aws_security_group_rule" "any" { # want: PL-TF-026
  type              = "ingress"
  security_group_id = aws_security_group.data.id
  protocol          = "-1"
  from_port         = 0
  to_port           = 0
  cidr_blocks       = ["0.0.0.0/0"] # want: PL-TF-023
}

resource "aws_vpc_security_group_ingress_rule" "all_tcp" {
  security_group_id = aws_security_group.data.id
  description       = "Every TCP port"
  cidr_ipv4         = "0.0.0.0/0" # want: PL-TF-023
  ip_protocol       = "tcp"
  from_port         = 0
  to_port           = 65535
}

resource "aws_vpc_security_group_egress_rule" "all_out" { # want: PL-TF-026
  security_group_id = aws_security_group.data.id
  cidr_ipv4         = "0.0.0.0/0" # want: PL-TF-024
  ip_protocol       = "-1"
}

resource "aws_vpc_security_group_egress_rule" "https_out" {
  security_group_id = aws_security_group.data.id
  description       = "HTTPS out"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
}

variable "vpc_id" {
  type = string
}

variable "admin_cidrs" {
  type = list(string)
}

variable "app_ports" {
  type = set(number)
}
