variable "environment" {
  description = "Deployment environment, used in names."
  type        = string
}

variable "vpc_id" {
  description = "VPC the workloads run in."
  type        = string
}

variable "private_subnet_ids" {
  description = "Private subnets for the database and the instances."
  type        = list(string)
}

variable "partner_account_id" {
  description = "AWS account of the partner that uploads raw files."
  type        = string
}
