# Access logs bucket. Someone made it public to debug a log shipper.
resource "aws_s3_bucket" "logs" {
  bucket = "acme-${var.environment}-access-logs"
  acl    = "public-read"

  tags = {
    Environment = var.environment
    Purpose     = "access-logs"
  }
}
