resource "google_storage_bucket" "data" {
  name                        = "${var.project_id}-${var.environment}-data"
  location                    = "EU"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"

  versioning {
    enabled = true
  }

  encryption {
    default_kms_key_name = google_kms_crypto_key.storage.id
  }

  logging {
    log_bucket = google_storage_bucket.access_logs.name
  }

  depends_on = [google_kms_crypto_key_iam_member.storage_agent]
}

resource "google_storage_bucket" "access_logs" {
  name                        = "${var.project_id}-${var.environment}-access-logs"
  location                    = "EU"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"

  retention_policy {
    retention_period = 2592000
  }

  lifecycle_rule {
    condition {
      age = 365
    }

    action {
      type = "Delete"
    }
  }
}

resource "google_storage_bucket_iam_member" "app_reads_data" {
  bucket = google_storage_bucket.data.name
  role   = "roles/storage.objectViewer"
  member = "serviceAccount:${google_service_account.app.email}"
}

resource "google_storage_bucket_iam_binding" "data_admins" {
  bucket  = google_storage_bucket.data.name
  role    = "roles/storage.objectAdmin"
  members = ["group:data-platform@example.com"]
}
