terraform {
  backend "s3" {
    bucket = "acme-state"
    key    = "storage.tfstate"
    region = "eu-west-1"
  }
}

resource "aws_s3_bucket" "assets" {
  bucket = "acme-assets"
  acl    = "public-read"
}
