resource "google_service_account" "nodes" {
  account_id   = "${var.environment}-gke-nodes"
  display_name = "GKE nodes"
}

# The production cluster: private nodes, restricted control plane, Dataplane V2.
resource "google_container_cluster" "prod" {
  name                     = "${var.environment}-prod"
  location                 = var.region
  network                  = google_compute_network.vpc.id
  subnetwork               = google_compute_subnetwork.app.id
  remove_default_node_pool = true
  initial_node_count       = 1
  datapath_provider        = "ADVANCED_DATAPATH"

  ip_allocation_policy {
    cluster_secondary_range_name  = "pods"
    services_secondary_range_name = "services"
  }

  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = false
    master_ipv4_cidr_block  = "172.16.0.0/28"
  }

  master_authorized_networks_config {
    cidr_blocks {
      cidr_block   = var.office_cidr
      display_name = "office"
    }
  }

  workload_identity_config {
    workload_pool = "${var.project_id}.svc.id.goog"
  }
}

resource "google_container_node_pool" "prod" {
  name     = "default"
  cluster  = google_container_cluster.prod.id
  location = var.region

  node_config {
    machine_type    = "e2-standard-4"
    service_account = google_service_account.nodes.email
    oauth_scopes    = ["https://www.googleapis.com/auth/cloud-platform"]

    workload_metadata_config {
      mode = "GKE_METADATA"
    }
  }
}

# A cluster created years ago from a tutorial.
resource "google_container_cluster" "legacy" {
  name               = "${var.environment}-legacy"
  location           = "${var.region}-b"
  initial_node_count = 3
  enable_legacy_abac = true

  master_auth {
    client_certificate_config {
      issue_client_certificate = true
    }
  }
}
