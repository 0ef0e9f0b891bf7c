resource "google_compute_instance" "hardened" {
  name         = "hardened"
  machine_type = "e2-small"
  zone         = "europe-west1-b"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    subnetwork = "app"
  }

  metadata = {
    "block-project-ssh-keys" = "true"
  }

  shielded_instance_config {
    enable_secure_boot = true
  }

  service_account {
    email  = "app@acme-prod.iam.gserviceaccount.com"
    scopes = ["cloud-platform"]
  }
}

resource "google_compute_instance" "tutorial" { # want: PL-TF-109,PL-TF-110
  name         = "tutorial"
  machine_type = "e2-small"
  zone         = "europe-west1-b"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    network = "default"

    access_config {} # want: PL-TF-112
  }

  service_account {
    scopes = ["cloud-platform"] # want: PL-TF-111
  }
}

resource "google_compute_instance" "debug" {
  name         = "debug"
  machine_type = "e2-small"
  zone         = "europe-west1-b"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    subnetwork = "app"
  }

  metadata = {
    enable-oslogin     = "TRUE"
    serial-port-enable = true # want: PL-TF-108
  }

  shielded_instance_config { # want: PL-TF-110
    enable_integrity_monitoring = true
  }

  service_account {
    email = "123456789012-compute@developer.gserviceaccount.com"
    scopes = [
      "logging-write",
      "https://www.googleapis.com/auth/cloud-platform", # want: PL-TF-111
    ]
  }
}

resource "google_compute_instance_template" "workers" {
  name_prefix  = "workers-"
  machine_type = "e2-standard-4"

  disk {
    source_image = "cos-cloud/cos-stable"
    boot         = true
  }

  network_interface {
    subnetwork = "app"

    ipv6_access_config { # want: PL-TF-112
      network_tier = "PREMIUM"
    }
  }

  metadata = {
    "block-project-ssh-keys" = "false" # want: PL-TF-109
  }

  shielded_instance_config {
    enable_secure_boot = true
    enable_vtpm        = false # want: PL-TF-110
  }

  service_account {
    email  = "workers@acme-prod.iam.gserviceaccount.com"
    scopes = ["cloud-platform"]
  }
}

resource "google_compute_instance" "merged_metadata" {
  name         = "merged-metadata"
  machine_type = "e2-small"
  zone         = "europe-west1-b"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    subnetwork = "app"
  }

  metadata = merge(var.common_metadata, { role = "worker" })

  shielded_instance_config {
    enable_secure_boot = var.secure_boot
  }

  service_account {
    email  = var.service_account_email
    scopes = ["cloud-platform"]
  }
}

resource "google_compute_project_metadata_item" "serial" {
  key   = "serial-port-enable"
  value = "TRUE" # want: PL-TF-108
}

resource "google_compute_disk" "encrypted" {
  name = "encrypted"
  zone = "europe-west1-b"
  size = 100

  disk_encryption_key {
    kms_key_self_link = "projects/acme/locations/europe-west1/keyRings/platform/cryptoKeys/disks"
  }
}

resource "google_compute_disk" "plain" { # want: PL-TF-113
  name = "plain"
  zone = "europe-west1-b"
  size = 100
}

resource "google_compute_region_disk" "replicated" { # want: PL-TF-113
  name          = "replicated"
  region        = "europe-west1"
  replica_zones = ["europe-west1-b", "europe-west1-c"]
  size          = 200
}

variable "common_metadata" {
  type = map(string)
}

variable "secure_boot" {
  type = bool
}

variable "service_account_email" {
  type = string
}
