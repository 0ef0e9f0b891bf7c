resource "aws_cloudtrail" "org" {
  name                       = "org"
  s3_bucket_name             = "acme-cloudtrail-logs"
  is_multi_region_trail      = true
  is_organization_trail      = true
  enable_log_file_validation = true
  kms_key_id                 = aws_kms_key.data.arn
}

# A regional data-events trail beside the multi-region trail: PL-TF-052 does
# not apply to it, the other checks do.
resource "aws_cloudtrail" "s3_data_events" { # want: PL-TF-053,PL-TF-054
  name           = "s3-data-events"
  s3_bucket_name = "acme-cloudtrail-logs"

  event_selector {
    read_write_type           = "WriteOnly"
    include_management_events = false

    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3:::acme-payments/"]
    }
  }
}

resource "aws_cloudtrail" "audit" {
  name                       = "audit"
  s3_bucket_name             = "acme-cloudtrail-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = false # want: PL-TF-053
  kms_key_id                 = ""    # want: PL-TF-054
}
