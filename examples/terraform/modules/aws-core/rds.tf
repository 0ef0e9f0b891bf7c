resource "aws_db_subnet_group" "main" {
  name       = "${var.environment}-main"
  subnet_ids = var.private_subnet_ids
}

# The application database: private, encrypted, backed up and protected.
resource "aws_db_instance" "main" {
  identifier     = "${var.environment}-main"
  engine         = "postgres"
  engine_version = "16.4"
  instance_class = "db.r6g.large"

  allocated_storage     = 100
  max_allocated_storage = 500
  storage_encrypted     = true
  kms_key_id            = aws_kms_key.data.arn

  db_name                     = "app"
  username                    = "app_admin"
  manage_master_user_password = true

  db_subnet_group_name   = aws_db_subnet_group.main.name
  vpc_security_group_ids = [aws_security_group.db.id]
  publicly_accessible    = false
  multi_az               = true

  iam_database_authentication_enabled = true
  backup_retention_period             = 14
  deletion_protection                 = true
  skip_final_snapshot                 = false
  final_snapshot_identifier           = "${var.environment}-main-final"
}

# A read replica relies on its source for encryption and backups.
resource "aws_db_instance" "main_replica" {
  identifier              = "${var.environment}-main-replica"
  replicate_source_db     = aws_db_instance.main.identifier
  instance_class          = "db.r6g.large"
  vpc_security_group_ids  = [aws_security_group.db.id]
  backup_retention_period = 0
  skip_final_snapshot     = true
}

# The analytics database was cloned from a tutorial.
resource "aws_db_instance" "analytics" {
  identifier     = "${var.environment}-analytics"
  engine         = "mysql"
  engine_version = "8.0"
  instance_class = "db.t4g.medium"

  allocated_storage = 50
  storage_encrypted = false

  username                    = "analytics"
  manage_master_user_password = true

  vpc_security_group_ids  = [aws_security_group.db.id]
  publicly_accessible     = true
  backup_retention_period = 0
  skip_final_snapshot     = true
}
