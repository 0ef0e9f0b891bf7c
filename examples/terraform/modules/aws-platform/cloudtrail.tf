resource "aws_s3_bucket" "trail" {
  bucket = "acme-${var.environment}-cloudtrail"
}

resource "aws_s3_bucket_public_access_block" "trail" {
  bucket                  = aws_s3_bucket.trail.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# A trail created in a hurry: one region, no digest files, SSE-S3 only.
resource "aws_cloudtrail" "account" {
  name           = "${var.environment}-account"
  s3_bucket_name = aws_s3_bucket.trail.id
}
