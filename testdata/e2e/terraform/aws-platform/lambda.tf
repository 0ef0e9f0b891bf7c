resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = aws_iam_role.lambda.arn
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "build/api.zip"

  tracing_config {
    mode = "Active"
  }

  environment {
    variables = {
      LOG_LEVEL              = "info"
      DB_HOST                = "db.internal.example.com"
      DB_PASSWORD            = random_password.db.result
      DB_PASSWORD_SECRET_ARN = aws_secretsmanager_secret.db.arn
      TOKEN_URL              = "https://auth.example.com/oauth2/token"
      SESSION_TTL            = "3600"
    }
  }
}

resource "aws_lambda_function" "legacy" { # want: PL-TF-069
  function_name = "legacy"
  role          = aws_iam_role.lambda.arn
  runtime       = "nodejs16.x" # want: PL-TF-071
  handler       = "index.handler"
  filename      = "build/legacy.zip"

  environment {
    variables = {
      NODE_ENV       = "production"
      STRIPE_API_KEY = "sk_live_51HxYzAbCdEfGhIjKlMnOp"                              # want: PL-TF-070
      DATABASE_URL   = "postgres://app:Winter2024!@db.internal.example.com:5432/app" # want: PL-TF-070
    }
  }
}

resource "aws_lambda_function" "cron" {
  function_name = "cron"
  role          = aws_iam_role.lambda.arn
  runtime       = "python3.9" # want: PL-TF-071
  handler       = "cron.handler"
  filename      = "build/cron.zip"

  tracing_config {
    mode = "PassThrough" # want: PL-TF-069
  }
}

resource "aws_lambda_function" "image" {
  function_name = "image"
  role          = aws_iam_role.lambda.arn
  package_type  = "Image"
  image_uri     = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/api@sha256:4f9a8e2b7c1d0e3f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f"

  tracing_config {
    mode = "Active"
  }
}

# Lambda@Edge cannot use X-Ray.
resource "aws_lambda_function" "security_headers" {
  provider      = aws.us_east_1
  function_name = "security-headers"
  role          = aws_iam_role.edge.arn
  runtime       = "nodejs22.x"
  handler       = "index.handler"
  filename      = "build/headers.zip"
  publish       = true
}
