# A module without any multi-region trail.
resource "aws_cloudtrail" "regional" { # want: PL-TF-052
  name                       = "regional"
  s3_bucket_name             = "acme-cloudtrail-logs"
  enable_log_file_validation = true
  kms_key_id                 = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_cloudtrail" "audit" {
  name                       = "audit"
  s3_bucket_name             = "acme-cloudtrail-logs"
  is_multi_region_trail      = false # want: PL-TF-052
  enable_log_file_validation = true
  kms_key_id                 = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_cloudtrail" "configurable" {
  name                       = "configurable"
  s3_bucket_name             = "acme-cloudtrail-logs"
  is_multi_region_trail      = var.multi_region
  enable_log_file_validation = true
  kms_key_id                 = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

variable "multi_region" {
  type    = bool
  default = true
}
