terraform {
  backend "s3" { # want: PL-TF-010,PL-TF-011
    bucket = "acme-state"
    key    = "core.tfstate"
    region = "eu-west-1"
  }
}
