# Public web tier: HTTPS from anywhere is the point. The SSH rule was added
# "for on-call" and never removed.
resource "aws_security_group" "web" {
  name        = "${var.environment}-web"
  description = "HTTPS from the internet to the web tier"
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
    description = "SSH for on-call"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# Database tier: reachable from the web tier only... and from a BI vendor.
resource "aws_security_group" "db" {
  name        = "${var.environment}-db"
  description = "PostgreSQL from the web tier"
  vpc_id      = var.vpc_id
}

resource "aws_vpc_security_group_ingress_rule" "db_from_web" {
  security_group_id            = aws_security_group.db.id
  description                  = "PostgreSQL from the web tier"
  referenced_security_group_id = aws_security_group.web.id
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
}

resource "aws_vpc_security_group_ingress_rule" "db_bi_vendor" {
  security_group_id = aws_security_group.db.id
  description       = "Temporary: BI vendor access"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 5432
  to_port           = 5432
}

# A Windows jump box somebody created from the console and imported.
resource "aws_security_group" "jumpbox" {
  name   = "${var.environment}-jumpbox"
  vpc_id = var.vpc_id
}

resource "aws_security_group_rule" "jumpbox_rdp" {
  type              = "ingress"
  description       = "RDP"
  security_group_id = aws_security_group.jumpbox.id
  protocol          = "tcp"
  from_port         = 3389
  to_port           = 3389
  cidr_blocks       = ["0.0.0.0/0"]
}

resource "aws_security_group_rule" "jumpbox_any" {
  type              = "ingress"
  security_group_id = aws_security_group.jumpbox.id
  protocol          = "-1"
  from_port         = 0
  to_port           = 0
  cidr_blocks       = ["0.0.0.0/0"]
}
