resource "google_kms_key_ring" "platform" {
  name     = "platform"
  location = "europe-west1"
}

resource "google_kms_crypto_key" "quarterly" {
  name            = "quarterly"
  key_ring        = google_kms_key_ring.platform.id
  rotation_period = "7776000s"
}

resource "google_kms_crypto_key" "never_rotated" { # want: PL-TF-120
  name     = "never-rotated"
  key_ring = google_kms_key_ring.platform.id
}

resource "google_kms_crypto_key" "yearly" {
  name            = "yearly"
  key_ring        = google_kms_key_ring.platform.id
  rotation_period = "31536000s" # want: PL-TF-120
}

resource "google_kms_crypto_key" "signing" {
  name     = "signing"
  key_ring = google_kms_key_ring.platform.id
  purpose  = "ASYMMETRIC_SIGN"

  version_template {
    algorithm = "EC_SIGN_P256_SHA256"
  }
}

resource "google_kms_crypto_key" "imported" {
  name        = "imported"
  key_ring    = google_kms_key_ring.platform.id
  import_only = true
}

resource "google_project_iam_member" "owner_alice" {
  project = "acme-prod"
  role    = "roles/owner"
  member  = "user:alice@example.com" # want: PL-TF-121
}

resource "google_project_iam_member" "ci_editor" {
  project = "acme-prod"
  role    = "roles/editor"
  member  = "serviceAccount:ci@acme-prod.iam.gserviceaccount.com"
}

resource "google_project_iam_member" "viewer_bob" {
  project = "acme-prod"
  role    = "roles/viewer"
  member  = "user:bob@example.com"
}

resource "google_folder_iam_binding" "editors" {
  folder = "folders/1234567890"
  role   = "roles/editor"
  members = [
    "serviceAccount:terraform@acme-seed.iam.gserviceaccount.com",
    "group:${var.team}@example.com", # want: PL-TF-121
  ]
}

resource "google_organization_iam_member" "domain_owner" {
  org_id = "123456789012"
  role   = "roles/owner"
  member = "domain:example.com" # want: PL-TF-121
}

resource "google_project_iam_member" "owner_from_variable" {
  project = "acme-prod"
  role    = "roles/owner"
  member  = var.break_glass_member
}

variable "team" {
  type = string
}

variable "break_glass_member" {
  type = string
}
