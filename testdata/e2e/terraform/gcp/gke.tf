resource "google_container_cluster" "hardened" {
  name                     = "hardened"
  location                 = "europe-west1"
  remove_default_node_pool = true
  initial_node_count       = 1
  datapath_provider        = "ADVANCED_DATAPATH"

  private_cluster_config {
    enable_private_nodes   = true
    master_ipv4_cidr_block = "172.16.0.0/28"
  }

  master_authorized_networks_config {
    cidr_blocks {
      cidr_block   = "203.0.113.0/24"
      display_name = "office"
    }
  }

  workload_identity_config {
    workload_pool = "acme-prod.svc.id.goog"
  }
}

resource "google_container_cluster" "autopilot_dns_only" {
  name             = "autopilot-dns-only"
  location         = "europe-west1"
  enable_autopilot = true

  private_cluster_config {
    enable_private_nodes = true
  }

  control_plane_endpoints_config {
    dns_endpoint_config {
      allow_external_traffic = true
    }

    ip_endpoints_config {
      enabled = false
    }
  }
}

resource "google_container_cluster" "private_endpoint_calico" {
  name               = "private-endpoint-calico"
  location           = "europe-west1"
  initial_node_count = 1

  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = true
    master_ipv4_cidr_block  = "172.16.0.16/28"
  }

  network_policy {
    enabled  = true
    provider = "CALICO"
  }

  workload_identity_config {
    workload_pool = "${var.project_id}.svc.id.goog"
  }
}

resource "google_container_cluster" "tutorial" { # want: PL-TF-115,PL-TF-116,PL-TF-118,PL-TF-119
  name               = "tutorial"
  location           = "europe-west1-b"
  initial_node_count = 3
  enable_legacy_abac = true # want: PL-TF-114

  master_auth {
    client_certificate_config {
      issue_client_certificate = true # want: PL-TF-117
    }
  }
}

resource "google_container_cluster" "half_done" {
  name               = "half-done"
  location           = "europe-west1"
  initial_node_count = 1
  datapath_provider  = "ADVANCED_DATAPATH"

  private_cluster_config { # want: PL-TF-116
    enable_private_endpoint = false
    master_ipv4_cidr_block  = "172.16.0.32/28"
  }

  master_authorized_networks_config {
    cidr_blocks {
      cidr_block   = "0.0.0.0/0" # want: PL-TF-115
      display_name = "anyone"
    }
  }

  master_auth {
    username = "admin" # want: PL-TF-117
    password = var.admin_password
  }

  workload_identity_config {
    workload_pool = "acme-prod.svc.id.goog"
  }
}

resource "google_container_node_pool" "metadata_exposed" {
  name    = "metadata-exposed"
  cluster = google_container_cluster.hardened.id

  node_config {
    machine_type = "e2-standard-4"

    workload_metadata_config {
      mode = "GCE_METADATA" # want: PL-TF-119
    }
  }
}

resource "google_container_node_pool" "workload_identity" {
  name    = "workload-identity"
  cluster = google_container_cluster.hardened.id

  node_config {
    machine_type = "e2-standard-4"

    workload_metadata_config {
      mode = "GKE_METADATA"
    }
  }
}

variable "project_id" {
  type = string
}

variable "admin_password" {
  type      = string
  sensitive = true
}
