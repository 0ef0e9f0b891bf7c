variable "project_id" {
  description = "Project the platform runs in."
  type        = string
}

variable "region" {
  description = "Region for regional resources."
  type        = string
  default     = "europe-west1"
}

variable "environment" {
  description = "Deployment environment, used in names."
  type        = string
}

variable "office_cidr" {
  description = "Public range of the office, allowed to reach the control plane."
  type        = string
}
