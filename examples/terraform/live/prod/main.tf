terraform {
  required_version = ">= 1.10"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.70"
    }
  }

  # Encrypted, locked remote state: the compliant setup.
  backend "s3" {
    bucket       = "acme-terraform-state"
    key          = "live/prod/terraform.tfstate"
    region       = "eu-west-1"
    encrypt      = true
    use_lockfile = true
  }
}

provider "aws" {
  region = "eu-west-1"
}

module "storage" {
  source      = "../../modules/storage"
  environment = "prod"
}
