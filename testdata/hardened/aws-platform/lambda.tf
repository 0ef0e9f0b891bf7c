resource "aws_lambda_function" "api" {
  function_name = "${var.environment}-api"
  role          = aws_iam_role.lambda.arn
  runtime       = "python3.13"
  architectures = ["arm64"]
  handler       = "app.handler"
  filename      = "${path.module}/build/api.zip"
  timeout       = 15
  kms_key_arn   = aws_kms_key.platform.arn

  vpc_config {
    subnet_ids         = [aws_subnet.private_a.id, aws_subnet.private_b.id]
    security_group_ids = [aws_security_group.lambda.id]
  }

  tracing_config {
    mode = "Active"
  }

  environment {
    variables = {
      LOG_LEVEL              = "info"
      ORDERS_QUEUE_URL       = aws_sqs_queue.orders.url
      REDIS_HOST             = aws_elasticache_replication_group.sessions.primary_endpoint_address
      DB_PASSWORD_SECRET_ARN = aws_secretsmanager_secret.db.arn
      SESSION_TTL_SECONDS    = "3600"
    }
  }
}

resource "aws_lambda_event_source_mapping" "orders" {
  event_source_arn = aws_sqs_queue.orders.arn
  function_name    = aws_lambda_function.api.arn
  batch_size       = 10
}

resource "aws_lambda_function" "rotate_db_secret" {
  function_name = "${var.environment}-rotate-db-secret"
  role          = aws_iam_role.lambda.arn
  runtime       = "python3.13"
  handler       = "rotate.handler"
  filename      = "${path.module}/build/rotate.zip"
  timeout       = 60
  kms_key_arn   = aws_kms_key.platform.arn

  vpc_config {
    subnet_ids         = [aws_subnet.private_a.id, aws_subnet.private_b.id]
    security_group_ids = [aws_security_group.lambda.id]
  }

  tracing_config {
    mode = "Active"
  }
}
