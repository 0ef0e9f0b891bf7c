resource "aws_iam_role" "lambda" {
  name = "${var.environment}-lambda"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "lambda.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_lambda_function" "api" {
  function_name = "${var.environment}-api"
  role          = aws_iam_role.lambda.arn
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "${path.module}/build/api.zip"

  tracing_config {
    mode = "Active"
  }

  environment {
    variables = {
      LOG_LEVEL              = "info"
      ORDERS_QUEUE_URL       = aws_sqs_queue.orders.url
      DB_PASSWORD_SECRET_ARN = aws_secretsmanager_secret.db.arn
    }
  }
}

# A webhook receiver nobody has touched since it was written.
resource "aws_lambda_function" "webhooks" {
  function_name = "${var.environment}-webhooks"
  role          = aws_iam_role.lambda.arn
  runtime       = "nodejs18.x"
  handler       = "index.handler"
  filename      = "${path.module}/build/webhooks.zip"

  environment {
    variables = {
      NODE_ENV              = "production"
      GITHUB_WEBHOOK_SECRET = "9f2c1e7b4a8d6e3f0b5c2a7d9e1f4b6c"
    }
  }
}
