data "aws_caller_identity" "current" {}

resource "aws_kms_key" "data" {
  description             = "Application data"
  enable_key_rotation     = true
  deletion_window_in_days = 30

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "AccountAdmin"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "ViaEbsInThisAccount"
        Effect    = "Allow"
        Principal = { AWS = "*" }
        Action    = ["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey*"]
        Resource  = "*"
        Condition = {
          StringEquals = {
            "kms:CallerAccount" = data.aws_caller_identity.current.account_id
            "kms:ViaService"    = "ec2.eu-west-1.amazonaws.com"
          }
        }
      },
    ]
  })
}

resource "aws_kms_key" "legacy" { # want: PL-TF-050
  description = "Legacy key without rotation"
}

resource "aws_kms_key" "batch" {
  description         = "Batch jobs"
  enable_key_rotation = false # want: PL-TF-050
}

resource "aws_kms_key" "signing" {
  description              = "Release signing"
  customer_master_key_spec = "ECC_NIST_P256"
  key_usage                = "SIGN_VERIFY"
}

resource "aws_kms_key" "shared" {
  description         = "Shared with partners"
  enable_key_rotation = true
}

resource "aws_kms_key_policy" "shared" {
  key_id = aws_kms_key.shared.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "AccountAdmin"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::111122223333:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "Anyone"
        Effect    = "Allow"
        Principal = "*" # want: PL-TF-051
        Action    = ["kms:Decrypt"]
        Resource  = "*"
      },
    ]
  })
}

resource "aws_kms_key" "reports" {
  description         = "Reports"
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.reports_key.json
}

data "aws_iam_policy_document" "reports_key" {
  statement {
    sid       = "AccountAdmin"
    actions   = ["kms:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:root"]
    }
  }

  statement {
    sid       = "Everyone"
    actions   = ["kms:Decrypt"]
    resources = ["*"]
    principals { # want: PL-TF-051
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}
