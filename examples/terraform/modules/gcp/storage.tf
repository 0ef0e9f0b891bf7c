resource "google_kms_key_ring" "platform" {
  name     = "${var.environment}-platform"
  location = var.region
}

resource "google_kms_crypto_key" "data" {
  name            = "data"
  key_ring        = google_kms_key_ring.platform.id
  rotation_period = "7776000s"
}

# Signing keys cannot be rotated automatically; no rotation_period needed.
resource "google_kms_crypto_key" "release_signing" {
  name     = "release-signing"
  key_ring = google_kms_key_ring.platform.id
  purpose  = "ASYMMETRIC_SIGN"

  version_template {
    algorithm = "EC_SIGN_P256_SHA256"
  }
}

resource "google_kms_crypto_key" "backups" {
  name            = "backups"
  key_ring        = google_kms_key_ring.platform.id
  rotation_period = "31536000s"
}

resource "google_storage_bucket" "data" {
  name                        = "${var.project_id}-${var.environment}-data"
  location                    = "EU"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"

  versioning {
    enabled = true
  }

  encryption {
    default_kms_key_name = google_kms_crypto_key.data.id
  }
}

# Marketing assets served straight from the bucket.
resource "google_storage_bucket" "assets" {
  name                        = "${var.project_id}-${var.environment}-assets"
  location                    = "EU"
  uniform_bucket_level_access = true

  website {
    main_page_suffix = "index.html"
  }
}

resource "google_storage_bucket_iam_member" "assets_public" {
  bucket = google_storage_bucket.assets.name
  role   = "roles/storage.objectViewer"
  member = "allUsers"
}

resource "google_storage_bucket_iam_member" "data_reader" {
  bucket = google_storage_bucket.data.name
  role   = "roles/storage.objectViewer"
  member = "serviceAccount:${google_service_account.app.email}"
}

# Created before uniform access existed and never migrated.
resource "google_storage_bucket" "exports" {
  name                     = "${var.project_id}-${var.environment}-exports"
  location                 = "EU"
  public_access_prevention = "enforced"
}
