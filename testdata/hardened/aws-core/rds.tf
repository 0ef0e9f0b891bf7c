resource "aws_db_subnet_group" "main" {
  name       = "${var.environment}-main"
  subnet_ids = var.private_subnet_ids
}

resource "aws_rds_cluster" "main" {
  cluster_identifier = "${var.environment}-main"
  engine             = "aurora-postgresql"
  engine_version     = "16.4"

  database_name               = "app"
  master_username             = "app_admin"
  manage_master_user_password = true

  db_subnet_group_name   = aws_db_subnet_group.main.name
  vpc_security_group_ids = [aws_security_group.db.id]

  storage_encrypted                   = true
  kms_key_id                          = aws_kms_key.data.arn
  iam_database_authentication_enabled = true
  backup_retention_period             = 14
  preferred_backup_window             = "02:00-03:00"
  deletion_protection                 = true
  skip_final_snapshot                 = false
  final_snapshot_identifier           = "${var.environment}-main-final"
  copy_tags_to_snapshot               = true
}

resource "aws_rds_cluster_instance" "main" {
  count              = 2
  identifier         = "${var.environment}-main-${count.index}"
  cluster_identifier = aws_rds_cluster.main.id
  engine             = aws_rds_cluster.main.engine
  instance_class     = "db.r6g.large"

  db_subnet_group_name = aws_db_subnet_group.main.name
  publicly_accessible  = false
}

# Reporting database on plain RDS, with a read replica for dashboards.
resource "aws_db_instance" "reporting" {
  identifier     = "${var.environment}-reporting"
  engine         = "mysql"
  engine_version = "8.0"
  instance_class = "db.t4g.medium"

  allocated_storage = 50
  storage_encrypted = true
  kms_key_id        = aws_kms_key.data.arn

  username                    = "reporting"
  manage_master_user_password = true

  db_subnet_group_name   = aws_db_subnet_group.main.name
  vpc_security_group_ids = [aws_security_group.db.id]

  iam_database_authentication_enabled = true
  backup_retention_period             = 7
  deletion_protection                 = true
  skip_final_snapshot                 = false
  final_snapshot_identifier           = "${var.environment}-reporting-final"
}

resource "aws_db_instance" "reporting_replica" {
  identifier              = "${var.environment}-reporting-replica"
  replicate_source_db     = aws_db_instance.reporting.identifier
  instance_class          = "db.t4g.medium"
  vpc_security_group_ids  = [aws_security_group.db.id]
  backup_retention_period = 0
  skip_final_snapshot     = true
}
