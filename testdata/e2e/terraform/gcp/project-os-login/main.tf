# OS Login is enabled project-wide in this configuration, so metadata SSH keys
# do not apply to instances that do not opt out.
resource "google_compute_project_metadata" "default" {
  metadata = {
    enable-oslogin = "TRUE"
  }
}

resource "google_compute_instance" "inherits_os_login" {
  name         = "inherits-os-login"
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
}

resource "google_compute_instance" "opts_out" {
  name         = "opts-out"
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

  metadata = { # want: PL-TF-109
    enable-oslogin = "FALSE"
  }
}
