resource "google_compute_firewall" "iap_ssh" {
  name          = "iap-ssh"
  network       = "vpc"
  source_ranges = ["35.235.240.0/20"]

  allow {
    protocol = "tcp"
    ports    = ["22", "3389"]
  }
}

resource "google_compute_firewall" "https" {
  name          = "https"
  network       = "vpc"
  source_ranges = ["0.0.0.0/0"]

  allow {
    protocol = "tcp"
    ports    = ["80", "443"]
  }

  allow {
    protocol = "icmp"
  }
}

resource "google_compute_firewall" "ssh_anywhere" {
  name          = "ssh-anywhere"
  network       = "vpc"
  direction     = "INGRESS"
  source_ranges = ["10.0.0.0/8", "0.0.0.0/0"] # want: PL-TF-107

  allow {
    protocol = "tcp"
    ports    = [22]
  }
}

resource "google_compute_firewall" "rdp_range" {
  name    = "rdp-range"
  network = "vpc"
  source_ranges = [
    "::/0", # want: PL-TF-107
  ]

  allow {
    protocol = "tcp"
    ports    = ["3000-4000"]
  }
}

resource "google_compute_firewall" "everything" {
  name          = "everything"
  network       = "vpc"
  source_ranges = ["0.0.0.0/0"] # want: PL-TF-107

  allow {
    protocol = "all"
  }
}

resource "google_compute_firewall" "all_tcp" {
  name          = "all-tcp"
  network       = "vpc"
  source_ranges = ["0.0.0.0/0"] # want: PL-TF-107

  allow {
    protocol = "tcp"
  }
}

resource "google_compute_firewall" "disabled" {
  name          = "disabled"
  network       = "vpc"
  disabled      = true
  source_ranges = ["0.0.0.0/0"]

  allow {
    protocol = "all"
  }
}

resource "google_compute_firewall" "egress" {
  name               = "egress"
  network            = "vpc"
  direction          = "EGRESS"
  destination_ranges = ["0.0.0.0/0"]

  allow {
    protocol = "all"
  }
}

resource "google_compute_firewall" "deny_all" {
  name          = "deny-all"
  network       = "vpc"
  priority      = 65534
  source_ranges = ["0.0.0.0/0"]

  deny {
    protocol = "all"
  }
}

resource "google_compute_firewall" "admin_from_variable" {
  name          = "admin-from-variable"
  network       = "vpc"
  source_ranges = var.admin_ranges

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

variable "admin_ranges" {
  type = list(string)
}
