variable "environment" {
  description = "Deployment environment, used in names."
  type        = string
}

variable "location" {
  description = "Azure region."
  type        = string
  default     = "westeurope"
}

variable "office_cidr" {
  description = "Public range of the office."
  type        = string
}

variable "admin_ssh_public_key" {
  description = "SSH public key of the operations team."
  type        = string
}

variable "tenant_id" {
  description = "Entra ID tenant."
  type        = string
}
