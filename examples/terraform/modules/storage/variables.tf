variable "environment" {
  description = "Deployment environment, used in bucket names."
  type        = string
}
