resource "google_service_account" "app" {
  account_id   = "${var.environment}-app"
  display_name = "Application instances"
}

resource "google_compute_instance_template" "app" {
  name_prefix  = "${var.environment}-app-"
  machine_type = "e2-standard-2"
  region       = var.region
  tags         = ["web", "iap-ssh"]

  disk {
    source_image = "cos-cloud/cos-stable"
    auto_delete  = true
    boot         = true
    disk_size_gb = 20

    disk_encryption_key {
      kms_key_self_link = google_kms_crypto_key.disks.id
    }
  }

  network_interface {
    subnetwork = google_compute_subnetwork.workloads.id
  }

  metadata = {
    block-project-ssh-keys = "true"
    enable-oslogin         = "TRUE"
  }

  shielded_instance_config {
    enable_secure_boot          = true
    enable_vtpm                 = true
    enable_integrity_monitoring = true
  }

  service_account {
    email  = google_service_account.app.email
    scopes = ["cloud-platform"]
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "google_compute_region_instance_group_manager" "app" {
  name               = "${var.environment}-app"
  region             = var.region
  base_instance_name = "${var.environment}-app"
  target_size        = 3

  version {
    instance_template = google_compute_instance_template.app.id
  }
}

# A standalone utility VM that relies on the project-wide OS Login setting.
resource "google_compute_instance" "tools" {
  name         = "${var.environment}-tools"
  machine_type = "e2-small"
  zone         = "${var.region}-b"
  tags         = ["iap-ssh"]

  boot_disk {
    kms_key_self_link = google_kms_crypto_key.disks.id

    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    subnetwork = google_compute_subnetwork.workloads.id
  }

  shielded_instance_config {
    enable_secure_boot = true
  }

  service_account {
    email  = google_service_account.app.email
    scopes = ["cloud-platform"]
  }
}

resource "google_compute_disk" "tools_data" {
  name = "${var.environment}-tools-data"
  type = "pd-balanced"
  zone = "${var.region}-b"
  size = 100

  disk_encryption_key {
    kms_key_self_link = google_kms_crypto_key.disks.id
  }

  depends_on = [google_kms_crypto_key_iam_member.compute_agent]
}
