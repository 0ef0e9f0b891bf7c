provider "aws" {
  region = "eu-west-1"
}

provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"
}

provider "aws" {
  alias      = "ci"
  region     = "eu-west-1"
  access_key = var.ci_access_key
  secret_key = var.ci_secret_key
}

provider "aws" {
  alias      = "legacy"
  region     = "us-east-1"
  access_key = "AKIAIOSFODNN7EXAMPLE"                     # want: PL-TF-079
  secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" # want: PL-TF-079
}

variable "ci_access_key" {
  type      = string
  sensitive = true
}

variable "ci_secret_key" {
  type      = string
  sensitive = true
}
