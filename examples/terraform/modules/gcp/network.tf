resource "google_compute_network" "vpc" {
  name                    = "${var.environment}-vpc"
  auto_create_subnetworks = false
}

resource "google_compute_subnetwork" "app" {
  name                     = "${var.environment}-app"
  region                   = var.region
  network                  = google_compute_network.vpc.id
  ip_cidr_range            = "10.10.0.0/20"
  private_ip_google_access = true

  secondary_ip_range {
    range_name    = "pods"
    ip_cidr_range = "10.20.0.0/14"
  }

  secondary_ip_range {
    range_name    = "services"
    ip_cidr_range = "10.24.0.0/20"
  }
}

# Administration goes through Identity-Aware Proxy: only its range may connect.
resource "google_compute_firewall" "ssh_via_iap" {
  name          = "${var.environment}-ssh-via-iap"
  network       = google_compute_network.vpc.name
  direction     = "INGRESS"
  source_ranges = ["35.235.240.0/20"]
  target_tags   = ["ssh"]

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

# The public web tier only serves HTTPS.
resource "google_compute_firewall" "https" {
  name          = "${var.environment}-https"
  network       = google_compute_network.vpc.name
  source_ranges = ["0.0.0.0/0"]
  target_tags   = ["web"]

  allow {
    protocol = "tcp"
    ports    = ["443"]
  }
}

# A "temporary" rule for the Windows jump host that never went away.
resource "google_compute_firewall" "rdp" {
  name          = "${var.environment}-rdp"
  network       = google_compute_network.vpc.name
  source_ranges = ["0.0.0.0/0"]
  target_tags   = ["jump"]

  allow {
    protocol = "tcp"
    ports    = ["3389"]
  }
}
