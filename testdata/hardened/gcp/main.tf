terraform {
  required_version = ">= 1.6"

  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.10"
    }
  }

  backend "gcs" {
    bucket = "acme-terraform-state"
    prefix = "platform/gcp"
  }
}

provider "google" {
  project = var.project_id
  region  = var.region
}

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

variable "admin_cidrs" {
  description = "Public ranges allowed to reach the GKE control plane."
  type        = list(string)
}

data "google_project" "current" {}

# OS Login for every VM of the project: metadata SSH keys are ignored.
resource "google_compute_project_metadata_item" "os_login" {
  key   = "enable-oslogin"
  value = "TRUE"
}
