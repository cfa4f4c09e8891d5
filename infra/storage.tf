# Residents' papers (cek berkas): photos and PDFs of KK, KTP and akta, the most sensitive data PUSPA holds.
# A private bucket (uniform access, public access prevention enforced); every object carries a customTime
# (the visit day, or its upload time without a booking) and is deleted papers_keep_days after it; an `age`
# rule is the backstop for anything else. Staff see files only through V4 signed URLs of a few minutes,
# signed by the functions' own service account through IAM signBlob (no key exists anywhere).

variable "papers_keep_days" {
  description = "Days after an object's customTime (the visit day, or the upload time) until the bucket deletes it; keep equal to puspa.domain.papers.KEEP_FILES."
  type        = number
  default     = 4
}

variable "papers_backstop_days" {
  description = "Days after upload after which the bucket deletes any object, whatever its customTime (puspa.domain.papers.BACKSTOP)."
  type        = number
  default     = 75
}

resource "google_project_service" "papers" {
  for_each           = toset(["storage.googleapis.com", "iamcredentials.googleapis.com"]) # signBlob for signed URLs
  service            = each.value
  disable_on_destroy = false
}

resource "google_storage_bucket" "papers" {
  #checkov:skip=CKV_GCP_78:No versioning on purpose: HAPUS DATA SAYA and the lifecycle rule must delete a file for good, not keep a noncurrent copy.
  #checkov:skip=CKV_GCP_62:No usage logs: they would be one more copy of which resident's files were read; each view is recorded (who, when) on the papers record instead.
  name                        = "${var.project_id}-puspa-papers"
  location                    = var.region
  storage_class               = "STANDARD"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
  force_destroy               = false

  versioning {
    enabled = false
  }

  # Soft delete would keep a deleted file restorable for 7 days (the default): an erasure must be final.
  soft_delete_policy {
    retention_duration_seconds = 0
  }

  lifecycle_rule {
    condition {
      days_since_custom_time = var.papers_keep_days
    }
    action {
      type = "Delete"
    }
  }

  lifecycle_rule {
    condition {
      age = var.papers_backstop_days
    }
    action {
      type = "Delete"
    }
  }

  depends_on = [google_project_service.papers]
}

# The functions' account may read, write and delete objects in this bucket only (no project-wide storage role).
resource "google_storage_bucket_iam_member" "papers_objects" {
  bucket = google_storage_bucket.papers.name
  role   = "roles/storage.objectAdmin"
  member = "serviceAccount:${google_service_account.webhook.email}"
}

# Signed URLs on Cloud Functions: the account signs as itself through IAM signBlob (it holds no key),
# which needs the token creator role on itself, and on nothing else.
resource "google_service_account_iam_member" "webhook_signs_as_itself" {
  service_account_id = google_service_account.webhook.name
  role               = "roles/iam.serviceAccountTokenCreator"
  member             = "serviceAccount:${google_service_account.webhook.email}"
}

locals {
  # The webhook keeps files; notify_admins puts each staff member's link to view_papers in the notice.
  papers_environment = {
    PUSPA_PAPERS_BUCKET   = google_storage_bucket.papers.name
    PUSPA_PAPERS_VIEW_URL = google_cloudfunctions2_function.view_papers.service_config[0].uri
  }
}

resource "google_cloudfunctions2_function" "view_papers" {
  #checkov:skip=CKV_GCP_124:Ingress from the internet on purpose: staff open their links in an ordinary browser from e-mail or WhatsApp; each request needs a signed, expiring token, and the page holds only URLs valid for minutes.
  name     = "view-papers"
  location = var.region

  build_config {
    runtime     = "python311"
    entry_point = "view_papers"
    source {
      storage_source {
        bucket = google_storage_bucket.source.name
        object = google_storage_bucket_object.source.name
      }
    }
  }

  service_config {
    available_memory      = "256Mi" # one Firestore read and write and up to ten signatures per page
    timeout_seconds       = 30
    ingress_settings      = "ALLOW_ALL" # staff's browsers (see the skip above)
    max_instance_count    = 3
    service_account_email = google_service_account.webhook.email
    environment_variables = merge(local.environment, { PUSPA_PAPERS_BUCKET = google_storage_bucket.papers.name })
    dynamic "secret_environment_variables" {
      for_each = google_secret_manager_secret.puspa
      content {
        key        = secret_environment_variables.key
        project_id = var.project_id
        secret     = secret_environment_variables.value.secret_id
        version    = "latest"
      }
    }
  }

  depends_on = [google_project_service.enabled, google_secret_manager_secret_iam_member.webhook_secrets]
}

# Staff open view_papers from e-mail or WhatsApp, without a Google account: the HMAC-signed token in their
# personal link (PUSPA_HASH_SECRET; office, code, staff, expiry) is its authentication.
resource "google_cloud_run_service_iam_member" "view_papers_public" {
  #checkov:skip=CKV_GCP_102:Public on purpose: staff open it from e-mail or WhatsApp without a Google account; the signed, expiring token in each staff member's link is the authentication, and the page shows nothing without it.
  location = google_cloudfunctions2_function.view_papers.location
  service  = google_cloudfunctions2_function.view_papers.service_config[0].service
  role     = "roles/run.invoker"
  member   = "allUsers"
}

output "view_papers_url" {
  description = "Where staff's links to residents' papers point (set as PUSPA_PAPERS_VIEW_URL on the webhook and notify_admins)."
  value       = google_cloudfunctions2_function.view_papers.service_config[0].uri
}
