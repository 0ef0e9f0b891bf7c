resource "aws_dynamodb_table" "hardened" {
  name         = "e2e-hardened"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  point_in_time_recovery {
    enabled = true
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = var.kms_key_arn
  }
}

resource "aws_dynamodb_table" "defaults" { # want: PL-TF-037,PL-TF-038
  name         = "e2e-defaults"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_dynamodb_table" "aws_managed_key" {
  name         = "e2e-aws-managed"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  point_in_time_recovery {
    enabled = false # want: PL-TF-037
  }

  server_side_encryption { # want: PL-TF-038
    enabled = true
  }
}

variable "kms_key_arn" {
  type = string
}

# The state lock table of the s3 backend holds nothing to restore.
resource "aws_dynamodb_table" "terraform_locks" {
  name         = "e2e-terraform-locks"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "LockID"

  attribute {
    name = "LockID"
    type = "S"
  }
}
