# Hardened with v4 companion resources that refer to the bucket.
resource "aws_s3_bucket" "hardened" {
  bucket = "acme-e2e-hardened"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "hardened" {
  bucket = aws_s3_bucket.hardened.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}

resource "aws_s3_bucket_versioning" "hardened" {
  bucket = aws_s3_bucket.hardened.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_logging" "hardened" {
  bucket        = aws_s3_bucket.hardened.id
  target_bucket = aws_s3_bucket.logs.id
  target_prefix = "hardened/"
}

resource "aws_s3_bucket_ownership_controls" "hardened" {
  bucket = aws_s3_bucket.hardened.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_policy" "hardened" {
  bucket = aws_s3_bucket.hardened.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyInsecureTransport"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = [aws_s3_bucket.hardened.arn, "${aws_s3_bucket.hardened.arn}/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}

# Companions that name the bucket by its literal name, and a TLS deny
# merged in from a shared document.
resource "aws_s3_bucket" "literal" {
  bucket = "acme-e2e-literal"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "literal" {
  bucket = "acme-e2e-literal"

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_versioning" "literal" {
  bucket = "acme-e2e-literal"

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_logging" "literal" {
  bucket        = "acme-e2e-literal"
  target_bucket = "acme-e2e-logs"
  target_prefix = "literal/"
}

data "aws_iam_policy_document" "tls" {
  statement {
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = ["arn:aws:s3:::acme-e2e-literal", "arn:aws:s3:::acme-e2e-literal/*"]

    principals {
      type        = "*"
      identifiers = ["*"]
    }

    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

data "aws_iam_policy_document" "literal" {
  source_policy_documents = [data.aws_iam_policy_document.tls.json]

  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::acme-e2e-literal/*"]

    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::123456789012:role/reader"]
    }
  }
}

resource "aws_s3_bucket_policy" "literal" {
  bucket = "acme-e2e-literal"
  policy = data.aws_iam_policy_document.literal.json
}

# AWS provider v3 inline configuration.
resource "aws_s3_bucket" "v3" {
  bucket = "acme-e2e-v3"

  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "AES256"
      }
    }
  }

  versioning {
    enabled = true
  }

  logging {
    target_bucket = "acme-e2e-logs"
  }

  policy = <<-EOT
    {
      "Statement": [{
        "Effect": "Deny",
        "Principal": "*",
        "Action": "s3:*",
        "Resource": "arn:aws:s3:::acme-e2e-v3/*",
        "Condition": {"Bool": {"aws:SecureTransport": false}}
      }]
    }
  EOT
}

# The log target: it does not log itself.
resource "aws_s3_bucket" "logs" {
  bucket = "acme-e2e-logs"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "logs" {
  bucket = aws_s3_bucket.logs.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_versioning" "logs" {
  bucket = aws_s3_bucket.logs.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_policy" "logs" {
  bucket = aws_s3_bucket.logs.id
  policy = jsonencode({
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = "${aws_s3_bucket.logs.arn}/*"
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}

# Nothing at all.
resource "aws_s3_bucket" "bare" { # want: PL-TF-004,PL-TF-005,PL-TF-006,PL-TF-007
  bucket = "acme-e2e-bare"
}

# Versioning suspended, ACLs on, a policy without the TLS deny, and v3
# versioning turned off.
resource "aws_s3_bucket" "sloppy" { # want: PL-TF-004,PL-TF-006
  bucket = "acme-e2e-sloppy"
}

resource "aws_s3_bucket_versioning" "sloppy" {
  bucket = aws_s3_bucket.sloppy.id

  versioning_configuration {
    status = "Suspended" # want: PL-TF-005
  }
}

resource "aws_s3_bucket_ownership_controls" "sloppy" {
  bucket = aws_s3_bucket.sloppy.id

  rule {
    object_ownership = "ObjectWriter" # want: PL-TF-008
  }
}

data "aws_iam_policy_document" "sloppy" { # want: PL-TF-007
  statement {
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.sloppy.arn}/*"]

    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::123456789012:role/reader"]
    }
  }
}

resource "aws_s3_bucket_policy" "sloppy" {
  bucket = aws_s3_bucket.sloppy.id
  policy = data.aws_iam_policy_document.sloppy.json
}

resource "aws_s3_bucket" "v3_off" { # want: PL-TF-004,PL-TF-006
  bucket = "acme-e2e-v3-off"

  versioning {
    enabled = false # want: PL-TF-005
  }

  policy = jsonencode({ # want: PL-TF-007
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:root" }
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::acme-e2e-v3-off/*"
    }]
  })
}
