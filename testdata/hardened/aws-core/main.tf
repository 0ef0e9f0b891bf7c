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
    key          = "platform/aws-core/terraform.tfstate"
    region       = "eu-west-1"
    encrypt      = true
    use_lockfile = true
  }
}

provider "aws" {
  region = "eu-west-1"
}

variable "environment" {
  description = "Deployment environment, used in names."
  type        = string
}

variable "vpc_id" {
  description = "VPC the workloads run in."
  type        = string
}

variable "vpc_cidr" {
  description = "CIDR block of the VPC."
  type        = string
}

variable "private_subnet_ids" {
  description = "Private subnets for the database, file system and instances."
  type        = list(string)
}

variable "datasets" {
  description = "Data lake zones, one bucket each."
  type        = set(string)
  default     = ["raw", "curated"]
}

data "aws_caller_identity" "current" {}

data "aws_region" "current" {}

resource "aws_kms_key" "data" {
  description             = "Data at rest of the ${var.environment} platform"
  enable_key_rotation     = true
  deletion_window_in_days = 30
}

resource "aws_kms_alias" "data" {
  name          = "alias/${var.environment}-data"
  target_key_id = aws_kms_key.data.key_id
}

# Every new EBS volume of the region is encrypted, whatever the AMI.
resource "aws_ebs_encryption_by_default" "this" {
  enabled = true
}

resource "aws_ebs_default_kms_key" "this" {
  key_arn = aws_kms_key.data.arn
}

# New instances require IMDSv2 unless they say otherwise.
resource "aws_ec2_instance_metadata_defaults" "this" {
  http_tokens                 = "required"
  http_put_response_hop_limit = 1
}
