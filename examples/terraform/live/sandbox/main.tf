terraform {
  required_version = ">= 1.10"

  # Sandbox state was set up by hand: not encrypted, no lock.
  backend "s3" {
    bucket = "acme-sandbox-state"
    key    = "live/sandbox/terraform.tfstate"
    region = "eu-west-1"
  }
}

provider "aws" {
  region = "eu-west-1"
}

module "storage" {
  source      = "../../modules/storage"
  environment = "sandbox"
}
