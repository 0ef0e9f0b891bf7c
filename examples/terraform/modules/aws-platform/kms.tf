resource "aws_kms_key" "platform" {
  description             = "Platform data (${var.environment})"
  enable_key_rotation     = true
  deletion_window_in_days = 30
}

# Shared with the data team's accounts; the wildcard was meant to be
# temporary.
resource "aws_kms_key" "exports" {
  description = "Data exports (${var.environment})"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "AccountAdministration"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "DataTeamDecrypt"
        Effect    = "Allow"
        Principal = { AWS = "*" }
        Action    = ["kms:Decrypt", "kms:DescribeKey"]
        Resource  = "*"
      },
    ]
  })
}
