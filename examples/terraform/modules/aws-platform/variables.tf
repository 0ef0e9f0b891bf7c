variable "environment" {
  description = "Environment name, used as a prefix for every resource."
  type        = string
}

variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "domain_name" {
  description = "Public name of the application, e.g. app.example.com."
  type        = string
}

variable "certificate_arn" {
  description = "ACM certificate of domain_name in the load balancer's region."
  type        = string
}

variable "cdn_certificate_arn" {
  description = "ACM certificate of domain_name in us-east-1, for CloudFront."
  type        = string
}

variable "office_cidrs" {
  description = "Networks allowed to reach the Kubernetes API server."
  type        = list(string)
}
