resource "google_sql_database_instance" "private" {
  name             = "private"
  database_version = "POSTGRES_16"

  settings {
    tier = "db-custom-2-7680"

    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme/global/networks/vpc"
      ssl_mode        = "ENCRYPTED_ONLY"
    }

    backup_configuration {
      enabled = true
    }
  }
}

resource "google_sql_database_instance" "defaults" {
  name             = "defaults"
  database_version = "MYSQL_8_0"

  settings { # want: PL-TF-104,PL-TF-105,PL-TF-106
    tier = "db-f1-micro"
  }
}

resource "google_sql_database_instance" "open" {
  name             = "open"
  database_version = "POSTGRES_15"

  settings {
    tier = "db-custom-1-3840"

    ip_configuration {
      ipv4_enabled = true                              # want: PL-TF-106
      ssl_mode     = "ALLOW_UNENCRYPTED_AND_ENCRYPTED" # want: PL-TF-104

      authorized_networks {
        name  = "office"
        value = "203.0.113.0/24"
      }

      authorized_networks {
        name  = "everyone"
        value = "0.0.0.0/0" # want: PL-TF-103
      }
    }

    backup_configuration {
      enabled = false # want: PL-TF-105
    }
  }
}

# Provider 4.x/5.x spelling: require_ssl instead of ssl_mode.
resource "google_sql_database_instance" "legacy_ssl" {
  name             = "legacy-ssl"
  database_version = "POSTGRES_13"

  settings {
    tier = "db-custom-1-3840"

    ip_configuration { # want: PL-TF-106
      require_ssl = true
    }

    backup_configuration {
      enabled = true
    }
  }
}

resource "google_sql_database_instance" "legacy_no_ssl" {
  name             = "legacy-no-ssl"
  database_version = "POSTGRES_13"

  settings {
    tier = "db-custom-1-3840"

    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme/global/networks/vpc"
      require_ssl     = false # want: PL-TF-104
    }

    backup_configuration {
      enabled = true
    }
  }
}

# A read replica: backups are taken on the primary.
resource "google_sql_database_instance" "replica" {
  name                 = "replica"
  database_version     = "POSTGRES_16"
  master_instance_name = google_sql_database_instance.private.name

  settings {
    tier = "db-custom-2-7680"

    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme/global/networks/vpc"
      ssl_mode        = "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"
    }
  }
}

resource "google_sql_database_instance" "from_variables" {
  name             = "from-variables"
  database_version = "POSTGRES_16"

  settings {
    tier = "db-custom-2-7680"

    ip_configuration {
      ipv4_enabled = var.public_ip
      ssl_mode     = var.ssl_mode

      dynamic "authorized_networks" {
        for_each = var.client_ranges
        content {
          value = authorized_networks.value
        }
      }
    }

    backup_configuration {
      enabled = var.backups
    }
  }
}

variable "public_ip" {
  type = bool
}

variable "ssl_mode" {
  type = string
}

variable "client_ranges" {
  type = list(string)
}

variable "backups" {
  type = bool
}
