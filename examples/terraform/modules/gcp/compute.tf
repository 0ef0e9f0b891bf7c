resource "google_service_account" "app" {
  account_id   = "${var.environment}-app"
  display_name = "Application VMs"
}

resource "google_compute_instance" "app" {
  name         = "${var.environment}-app"
  machine_type = "e2-standard-2"
  zone         = "${var.region}-b"
  tags         = ["ssh", "web"]

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    subnetwork = google_compute_subnetwork.app.id
  }

  metadata = {
    enable-oslogin = "TRUE"
  }

  shielded_instance_config {
    enable_secure_boot = true
  }

  service_account {
    email  = google_service_account.app.email
    scopes = ["cloud-platform"]
  }
}

resource "google_compute_instance" "jump" {
  name         = "${var.environment}-jump"
  machine_type = "e2-medium"
  zone         = "${var.region}-b"
  tags         = ["jump"]

  boot_disk {
    initialize_params {
      image = "windows-cloud/windows-2022"
    }
  }

  network_interface {
    subnetwork = google_compute_subnetwork.app.id

    access_config {}
  }

  metadata = {
    serial-port-enable = "TRUE"
  }

  service_account {
    scopes = ["cloud-platform"]
  }
}

resource "google_compute_disk" "app_data" {
  name = "${var.environment}-app-data"
  type = "pd-balanced"
  zone = "${var.region}-b"
  size = 200

  disk_encryption_key {
    kms_key_self_link = google_kms_crypto_key.data.id
  }
}

resource "google_compute_disk" "scratch" {
  name = "${var.environment}-scratch"
  type = "pd-standard"
  zone = "${var.region}-b"
  size = 500
}
