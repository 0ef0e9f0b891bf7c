terraform {
  required_version = ">= 1.6"

  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.10"
    }
  }

  backend "azurerm" {
    resource_group_name  = "rg-terraform-state"
    storage_account_name = "acmetfstate"
    container_name       = "tfstate"
    key                  = "platform/azure.tfstate"
    use_azuread_auth     = true
  }
}

provider "azurerm" {
  features {}
  storage_use_azuread = true
}

variable "environment" {
  description = "Deployment environment, used in names."
  type        = string
}

variable "location" {
  description = "Azure region."
  type        = string
  default     = "westeurope"
}

variable "admin_cidrs" {
  description = "Public ranges of administrators and CI, allowed to reach the AKS API server."
  type        = list(string)
}

variable "admin_group_object_ids" {
  description = "Entra ID groups that administer the cluster."
  type        = list(string)
}

variable "ops_ssh_public_key" {
  description = "SSH public key of the operations team."
  type        = string
}

data "azurerm_client_config" "current" {}

resource "azurerm_resource_group" "platform" {
  name     = "rg-${var.environment}-platform"
  location = var.location
}
