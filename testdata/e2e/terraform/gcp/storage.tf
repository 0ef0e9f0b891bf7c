resource "google_storage_bucket" "hardened" {
  name                        = "acme-hardened"
  location                    = "EU"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
}

resource "google_storage_bucket" "defaults" { # want: PL-TF-101,PL-TF-102
  name     = "acme-defaults"
  location = "EU"
}

resource "google_storage_bucket" "explicit_off" {
  name                        = "acme-explicit-off"
  location                    = "EU"
  uniform_bucket_level_access = false       # want: PL-TF-101
  public_access_prevention    = "inherited" # want: PL-TF-102
}

# Provider 2.x spelling of uniform access.
resource "google_storage_bucket" "legacy_name" {
  name                     = "acme-legacy-name"
  location                 = "EU"
  bucket_policy_only       = true
  public_access_prevention = "enforced"
}

resource "google_storage_bucket" "from_variables" {
  name                        = "acme-from-variables"
  location                    = "EU"
  uniform_bucket_level_access = var.uniform_access
  public_access_prevention    = var.public_access_prevention
}

resource "google_storage_bucket_iam_member" "public_read" {
  bucket = google_storage_bucket.defaults.name
  role   = "roles/storage.objectViewer"
  member = "allUsers" # want: PL-TF-100
}

resource "google_storage_bucket_iam_member" "app_read" {
  bucket = google_storage_bucket.hardened.name
  role   = "roles/storage.objectViewer"
  member = "serviceAccount:app@acme-prod.iam.gserviceaccount.com"
}

resource "google_storage_bucket_iam_binding" "readers" {
  bucket = google_storage_bucket.hardened.name
  role   = "roles/storage.objectViewer"
  members = [
    "group:analysts@example.com",
    "allAuthenticatedUsers", # want: PL-TF-100
  ]
}

resource "google_storage_bucket_iam_policy" "exports" {
  bucket      = google_storage_bucket.explicit_off.name
  policy_data = data.google_iam_policy.exports.policy_data
}

data "google_iam_policy" "exports" {
  binding {
    role    = "roles/storage.objectViewer"
    members = ["allUsers"] # want: PL-TF-100
  }

  binding {
    role    = "roles/storage.objectAdmin"
    members = ["group:data@example.com"]
  }
}

# Not attached to any bucket: a Cloud Run invoker policy may well be public.
data "google_iam_policy" "run_invoker" {
  binding {
    role    = "roles/run.invoker"
    members = ["allUsers"]
  }
}

resource "google_storage_bucket_acl" "legacy" {
  bucket         = google_storage_bucket.legacy_name.name
  predefined_acl = "publicRead" # want: PL-TF-100
}

resource "google_storage_default_object_acl" "legacy" {
  bucket = google_storage_bucket.legacy_name.name
  role_entity = [
    "OWNER:project-owners-123456",
    "READER:allUsers", # want: PL-TF-100
  ]
}

variable "uniform_access" {
  type = bool
}

variable "public_access_prevention" {
  type = string
}
