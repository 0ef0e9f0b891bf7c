resource "google_project_iam_member" "app_logging" {
  project = var.project_id
  role    = "roles/logging.logWriter"
  member  = "serviceAccount:${google_service_account.app.email}"
}

resource "google_project_iam_member" "nodes_metrics" {
  project = var.project_id
  role    = "roles/monitoring.metricWriter"
  member  = "serviceAccount:${google_service_account.nodes.email}"
}

resource "google_project_iam_binding" "viewers" {
  project = var.project_id
  role    = "roles/viewer"
  members = ["group:platform@example.com"]
}

# Handy during the migration; nobody removed it.
resource "google_project_iam_member" "contractor" {
  project = var.project_id
  role    = "roles/editor"
  member  = "user:contractor@example.com"
}
