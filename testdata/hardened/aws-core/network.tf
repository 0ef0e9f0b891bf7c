# Public load balancer: HTTPS in, traffic to the web tier out.
resource "aws_security_group" "alb" {
  name        = "${var.environment}-alb"
  description = "HTTPS from the internet to the public load balancer"
  vpc_id      = var.vpc_id

  ingress {
    description      = "HTTPS from anywhere"
    from_port        = 443
    to_port          = 443
    protocol         = "tcp"
    cidr_blocks      = ["0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
  }

  egress {
    description = "HTTP to the web tier inside the VPC"
    from_port   = 8080
    to_port     = 8080
    protocol    = "tcp"
    cidr_blocks = [var.vpc_cidr]
  }
}

resource "aws_security_group" "web" {
  name        = "${var.environment}-web"
  description = "Web tier: HTTP from the load balancer, HTTPS out"
  vpc_id      = var.vpc_id
}

resource "aws_vpc_security_group_ingress_rule" "web_from_alb" {
  security_group_id            = aws_security_group.web.id
  description                  = "HTTP from the public load balancer"
  referenced_security_group_id = aws_security_group.alb.id
  ip_protocol                  = "tcp"
  from_port                    = 8080
  to_port                      = 8080
}

resource "aws_vpc_security_group_egress_rule" "web_https" {
  security_group_id = aws_security_group.web.id
  description       = "HTTPS to AWS APIs and package mirrors"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
}

resource "aws_vpc_security_group_egress_rule" "web_db" {
  security_group_id            = aws_security_group.web.id
  description                  = "PostgreSQL to the database"
  referenced_security_group_id = aws_security_group.db.id
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
}

resource "aws_vpc_security_group_egress_rule" "web_efs" {
  security_group_id            = aws_security_group.web.id
  description                  = "NFS to the shared file system"
  referenced_security_group_id = aws_security_group.efs.id
  ip_protocol                  = "tcp"
  from_port                    = 2049
  to_port                      = 2049
}

resource "aws_security_group" "db" {
  name        = "${var.environment}-db"
  description = "PostgreSQL from the web tier"
  vpc_id      = var.vpc_id

  dynamic "ingress" {
    for_each = toset([aws_security_group.web.id])
    content {
      description     = "PostgreSQL from ${ingress.value}"
      from_port       = 5432
      to_port         = 5432
      protocol        = "tcp"
      security_groups = [ingress.value]
    }
  }
}

resource "aws_security_group" "efs" {
  name        = "${var.environment}-efs"
  description = "NFS from the web tier to the shared file system"
  vpc_id      = var.vpc_id
}

resource "aws_security_group_rule" "efs_from_web" {
  type                     = "ingress"
  description              = "NFS from the web tier"
  security_group_id        = aws_security_group.efs.id
  source_security_group_id = aws_security_group.web.id
  protocol                 = "tcp"
  from_port                = 2049
  to_port                  = 2049
}
