terraform {
  required_version = ">= 1.10"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.70"
    }
  }

  backend "s3" {
    bucket       = "acme-terraform-state"
    key          = "live/platform/terraform.tfstate"
    region       = "eu-west-1"
    encrypt      = true
    use_lockfile = true
  }
}

provider "aws" {
  region = "eu-west-1"
}

# The shared platform of the prod account: data lake, web tier, database,
# compute and IAM. See ../../modules/aws-core for what platlint finds there.
module "aws_core" {
  source = "../../modules/aws-core"

  environment        = "prod"
  vpc_id             = "vpc-0a1b2c3d4e5f67890"
  private_subnet_ids = ["subnet-0a1b2c3d4e5f67890", "subnet-0f9e8d7c6b5a43210"]
  partner_account_id = "210987654321"
}
