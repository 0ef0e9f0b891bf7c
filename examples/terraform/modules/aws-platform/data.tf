resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "${var.environment}-sessions"
  description                = "Session store"
  engine                     = "redis"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
}

resource "aws_elasticache_replication_group" "page_cache" {
  replication_group_id = "${var.environment}-page-cache"
  description          = "Rendered pages"
  node_type            = "cache.t4g.small"
  num_cache_clusters   = 2
}

resource "aws_secretsmanager_secret" "db" {
  name       = "${var.environment}/platform/db"
  kms_key_id = aws_kms_key.platform.arn
}

resource "aws_secretsmanager_secret_rotation" "db" {
  secret_id           = aws_secretsmanager_secret.db.id
  rotation_lambda_arn = "arn:aws:lambda:${var.region}:${data.aws_caller_identity.current.account_id}:function:SecretsManagerRDSPostgreSQLRotationSingleUser"

  rotation_rules {
    automatically_after_days = 30
  }
}

resource "aws_secretsmanager_secret" "stripe" {
  name       = "${var.environment}/platform/stripe"
  kms_key_id = aws_kms_key.platform.arn
}

resource "aws_ssm_parameter" "api_base_url" {
  name  = "/${var.environment}/platform/api_base_url"
  type  = "String"
  value = "https://${var.domain_name}/api"
}

resource "aws_ssm_parameter" "session_signing_key" {
  name  = "/${var.environment}/platform/session_signing_key"
  type  = "String"
  value = random_password.session.result
}

resource "random_password" "session" {
  length = 64
}

resource "aws_apigatewayv2_api" "partners" {
  name          = "${var.environment}-partners"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_stage" "partners" {
  api_id      = aws_apigatewayv2_api.partners.id
  name        = "$default"
  auto_deploy = true
}
