resource "random_password" "redis" {
  length  = 48
  special = false
}

resource "aws_elasticache_subnet_group" "sessions" {
  name       = "${var.environment}-sessions"
  subnet_ids = [aws_subnet.private_a.id, aws_subnet.private_b.id]
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "${var.environment}-sessions"
  description                = "Session store"
  engine                     = "redis"
  engine_version             = "7.1"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  multi_az_enabled           = true
  subnet_group_name          = aws_elasticache_subnet_group.sessions.name
  security_group_ids         = [aws_security_group.cache.id]
  at_rest_encryption_enabled = true
  kms_key_id                 = aws_kms_key.platform.arn
  transit_encryption_enabled = true
  transit_encryption_mode    = "required"
  auth_token                 = random_password.redis.result
  snapshot_retention_limit   = 7
}

resource "aws_secretsmanager_secret" "db" {
  name       = "${var.environment}/platform/db"
  kms_key_id = aws_kms_key.platform.arn
}

resource "aws_secretsmanager_secret_rotation" "db" {
  secret_id           = aws_secretsmanager_secret.db.id
  rotation_lambda_arn = aws_lambda_function.rotate_db_secret.arn

  rotation_rules {
    automatically_after_days = 30
  }
}

resource "aws_ssm_parameter" "api_base_url" {
  name  = "/${var.environment}/platform/api_base_url"
  type  = "String"
  value = "https://${var.domain_name}/api"
}

resource "aws_ssm_parameter" "redis_auth_token" {
  name   = "/${var.environment}/platform/redis_auth_token"
  type   = "SecureString"
  key_id = aws_kms_key.platform.arn
  value  = random_password.redis.result
}

resource "aws_apigatewayv2_api" "webhooks" {
  name          = "${var.environment}-webhooks"
  protocol_type = "HTTP"
}

resource "aws_cloudwatch_log_group" "webhooks" {
  name              = "/aws/apigateway/${var.environment}-webhooks"
  retention_in_days = 365
  kms_key_id        = aws_kms_key.platform.arn
}

resource "aws_apigatewayv2_stage" "webhooks" {
  api_id      = aws_apigatewayv2_api.webhooks.id
  name        = "$default"
  auto_deploy = true

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.webhooks.arn
    format = jsonencode({
      requestId = "$context.requestId"
      sourceIp  = "$context.identity.sourceIp"
      routeKey  = "$context.routeKey"
      status    = "$context.status"
    })
  }
}
