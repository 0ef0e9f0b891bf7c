resource "aws_db_instance" "hardened" {
  identifier                          = "e2e-hardened"
  engine                              = "postgres"
  instance_class                      = "db.t4g.medium"
  allocated_storage                   = 20
  username                            = "app"
  manage_master_user_password         = true
  storage_encrypted                   = true
  publicly_accessible                 = false
  backup_retention_period             = 7
  deletion_protection                 = true
  iam_database_authentication_enabled = true
}

resource "aws_db_instance" "replica" {
  identifier              = "e2e-replica"
  replicate_source_db     = aws_db_instance.hardened.identifier
  instance_class          = "db.t4g.medium"
  backup_retention_period = 0
}

resource "aws_db_instance" "tutorial" { # want: PL-TF-030,PL-TF-031
  identifier              = "e2e-tutorial"
  engine                  = "mysql"
  instance_class          = "db.t4g.micro"
  allocated_storage       = 20
  username                = "admin"
  password                = var.db_password
  publicly_accessible     = true # want: PL-TF-027
  storage_encrypted       = false # want: PL-TF-028
  backup_retention_period = 0 # want: PL-TF-029
}

resource "aws_db_instance" "oracle" { # want: PL-TF-028
  identifier              = "e2e-oracle"
  engine                  = "oracle-se2"
  instance_class          = "db.m6i.large"
  allocated_storage       = 100
  username                = "admin"
  password                = var.db_password
  backup_retention_period = var.backup_days
  deletion_protection     = var.protect
}

resource "aws_rds_cluster" "aurora" { # want: PL-TF-028
  cluster_identifier                  = "e2e-aurora"
  engine                              = "aurora-postgresql"
  master_username                     = "app"
  manage_master_user_password         = true
  deletion_protection                 = false # want: PL-TF-030
  iam_database_authentication_enabled = false # want: PL-TF-031
}

resource "aws_rds_cluster" "serverless_v1" {
  cluster_identifier                  = "e2e-serverless"
  engine                              = "aurora-mysql"
  engine_mode                         = "serverless"
  master_username                     = "app"
  manage_master_user_password         = true
  deletion_protection                 = true
  iam_database_authentication_enabled = true
}

resource "aws_rds_cluster" "restored" {
  cluster_identifier                  = "e2e-restored"
  engine                              = "aurora-mysql"
  snapshot_identifier                 = var.snapshot_id
  deletion_protection                 = true
  iam_database_authentication_enabled = true
}

resource "aws_rds_cluster_instance" "aurora" {
  identifier          = "e2e-aurora-1"
  cluster_identifier  = aws_rds_cluster.aurora.id
  engine              = aws_rds_cluster.aurora.engine
  instance_class      = "db.r6g.large"
  publicly_accessible = true # want: PL-TF-027
}

variable "db_password" {
  type      = string
  sensitive = true
}

variable "backup_days" {
  type = number
}

variable "protect" {
  type = bool
}

variable "snapshot_id" {
  type = string
}
