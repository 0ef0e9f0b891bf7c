resource "google_compute_global_address" "private_services" {
  name          = "${var.environment}-private-services"
  purpose       = "VPC_PEERING"
  address_type  = "INTERNAL"
  prefix_length = 16
  network       = google_compute_network.vpc.id
}

resource "google_service_networking_connection" "private_services" {
  network                 = google_compute_network.vpc.id
  service                 = "servicenetworking.googleapis.com"
  reserved_peering_ranges = [google_compute_global_address.private_services.name]
}

# The application database: private IP only, TLS required, backed up.
resource "google_sql_database_instance" "main" {
  name                = "${var.environment}-main"
  database_version    = "POSTGRES_16"
  region              = var.region
  deletion_protection = true

  settings {
    tier              = "db-custom-2-7680"
    availability_type = "REGIONAL"

    ip_configuration {
      ipv4_enabled    = false
      private_network = google_compute_network.vpc.id
      ssl_mode        = "ENCRYPTED_ONLY"
    }

    backup_configuration {
      enabled                        = true
      point_in_time_recovery_enabled = true
    }
  }

  depends_on = [google_service_networking_connection.private_services]
}

# A reporting copy someone opened up for a BI tool.
resource "google_sql_database_instance" "reporting" {
  name             = "${var.environment}-reporting"
  database_version = "MYSQL_8_0"
  region           = var.region

  settings {
    tier = "db-custom-1-3840"

    ip_configuration {
      authorized_networks {
        name  = "bi-tool"
        value = "0.0.0.0/0"
      }
    }

    backup_configuration {
      enabled = false
    }
  }
}
