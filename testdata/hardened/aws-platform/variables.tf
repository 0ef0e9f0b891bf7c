variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "environment" {
  type    = string
  default = "prod"
}

variable "domain_name" {
  description = "Public name of the application, e.g. app.example.com."
  type        = string
}

variable "office_cidrs" {
  description = "Networks allowed to reach the Kubernetes API server."
  type        = list(string)
}

variable "organization_id" {
  description = "AWS Organizations id allowed to pull images."
  type        = string
}
