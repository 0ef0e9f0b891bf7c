resource "aws_s3_bucket" "public" { # want: PL-TF-002
  bucket = "acme-public"
  acl    = "public-read-write" # want: PL-TF-001
}

resource "aws_s3_bucket" "private" {
  bucket = "acme-private"
  acl    = "private"
}

resource "aws_s3_bucket_public_access_block" "private" {
  bucket                  = aws_s3_bucket.private.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = false # want: PL-TF-002
  restrict_public_buckets = true
}

resource "aws_s3_bucket_policy" "private" {
  bucket = aws_s3_bucket.private.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = "*" # want: PL-TF-003
        Action    = "s3:GetObject"
        Resource  = "arn:aws:s3:::acme-private/*"
      },
      {
        Effect    = "Allow"
        Principal = "*"
        Action    = "s3:GetObject"
        Resource  = "arn:aws:s3:::acme-private/*"
        Condition = { StringEquals = { "aws:SourceVpce" = "vpce-1a2b3c" } }
      },
    ]
  })
}
