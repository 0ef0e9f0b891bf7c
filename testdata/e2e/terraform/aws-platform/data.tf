resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "Session store"
  engine                     = "redis"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  transit_encryption_mode    = "required"
  auth_token                 = random_password.redis.result
}

resource "aws_elasticache_replication_group" "cache" { # want: PL-TF-080,PL-TF-081
  replication_group_id = "cache"
  description          = "Page cache"
  node_type            = "cache.t4g.small"
  num_cache_clusters   = 2
}

resource "aws_elasticache_replication_group" "queue" {
  replication_group_id       = "queue"
  description                = "Job queue"
  engine                     = "valkey"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  transit_encryption_enabled = true
  transit_encryption_mode    = "preferred" # want: PL-TF-080
}

resource "aws_elasticache_replication_group" "rate_limits" {
  replication_group_id       = "rate-limits"
  description                = "Rate limit counters"
  engine                     = "valkey"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  at_rest_encryption_enabled = false # want: PL-TF-081
  transit_encryption_enabled = false # want: PL-TF-080
}

resource "aws_secretsmanager_secret" "db" {
  name       = "prod/db"
  kms_key_id = aws_kms_key.data.arn
}

resource "aws_secretsmanager_secret_rotation" "db" {
  secret_id           = aws_secretsmanager_secret.db.id
  rotation_lambda_arn = aws_lambda_function.api.arn

  rotation_rules {
    automatically_after_days = 30
  }
}

resource "aws_secretsmanager_secret" "partner_api" { # want: PL-TF-082
  name       = "prod/partner-api"
  kms_key_id = aws_kms_key.data.arn
}

resource "aws_api_gateway_stage" "prod" {
  stage_name    = "prod"
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.api.arn
    format          = jsonencode({ requestId = "$context.requestId", ip = "$context.identity.sourceIp", status = "$context.status" })
  }
}

resource "aws_api_gateway_stage" "staging" { # want: PL-TF-083
  stage_name    = "staging"
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
}

resource "aws_apigatewayv2_stage" "default" { # want: PL-TF-083
  api_id      = aws_apigatewayv2_api.http.id
  name        = "$default"
  auto_deploy = true
}

resource "aws_ssm_parameter" "db_password" {
  name   = "/prod/db/password"
  type   = "SecureString"
  key_id = aws_kms_key.data.arn
  value  = random_password.db.result
}

resource "aws_ssm_parameter" "db_url" {
  name  = "/prod/db/url"
  type  = "String"
  value = "postgres://db.internal.example.com:5432/app"
}

resource "aws_ssm_parameter" "jwt_secret" {
  name  = "/prod/auth/jwt_secret"
  type  = "String" # want: PL-TF-084
  value = random_password.jwt.result
}
