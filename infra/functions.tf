data "archive_file" "source" {
  type        = "zip"
  source_dir  = "${path.module}/../functions"
  output_path = "${path.module}/.build/functions.zip"
  excludes    = ["__pycache__", "**/__pycache__"]
}

# Holds only the zipped source of functions/ (no personal data), written by Terraform and read by
# Cloud Build. Private: no public access, IAM on the bucket only; old archives are kept 30 days
# (a deployment can be rolled back to one) and then deleted.
resource "google_storage_bucket" "source" {
  #checkov:skip=CKV_GCP_62:Access logs would record only Cloud Build reading our own source zip; who changed the bucket or its IAM is in the Admin Activity audit log, which is always on.
  name                        = "${var.project_id}-puspa-source"
  location                    = var.region
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
  versioning {
    enabled = true
  }
  lifecycle_rule {
    condition {
      days_since_noncurrent_time = 30
    }
    action {
      type = "Delete"
    }
  }
}

resource "google_storage_bucket_object" "source" {
  name   = "functions-${data.archive_file.source.output_md5}.zip"
  bucket = google_storage_bucket.source.name
  source = data.archive_file.source.output_path
}

locals {
  environment = {
    GOOGLE_CLOUD_PROJECT          = var.project_id
    WHATSAPP_PHONE_NUMBER_ID      = var.whatsapp_phone_number_id
    WHATSAPP_API_URL              = var.whatsapp_api_url
    PUSPA_SESSION_IDLE_MINUTES    = tostring(var.session_idle_minutes)
    PUSPA_SESSION_TTL_DAYS        = tostring(var.session_ttl_days)
    PUSPA_CONTENT_REFRESH_SECONDS = "60"
    PUSPA_LOG_LEVEL               = "INFO"
    PUSPA_ADMIN_WA_IDS            = var.admin_wa_ids
    PUSPA_STAFF_BY_OFFICE         = var.staff_by_office
    PUSPA_FLOOD_BURST             = tostring(var.flood.burst)
    PUSPA_FLOOD_REFILL_SECONDS    = tostring(var.flood.refill_seconds)
    PUSPA_ADMIN_EMAILS            = var.admin_emails
    PUSPA_ROLLUP_EMAILS           = var.rollup_emails
    PUSPA_TEMPLATE_LANGUAGE       = var.template_language
    PUSPA_ADMIN_TEMPLATE          = var.templates.admin
    PUSPA_INFO_TEMPLATE           = var.templates.info
    PUSPA_READY_TEMPLATE          = var.templates.ready
    PUSPA_REMINDER_TEMPLATE       = var.templates.reminder
    PUSPA_STATUS_TEMPLATE         = var.templates.status
    PUSPA_ANSWER_TEMPLATE         = var.templates.answer
    PUSPA_REGISTRATION_KEEP_DAYS  = tostring(var.registration_keep_days)
    PUSPA_TICKET_KEEP_DAYS        = tostring(var.ticket_keep_days)
    PUSPA_QUESTION_MIN_LENGTH     = tostring(var.questions.min_length)
    PUSPA_MAX_OPEN_QUESTIONS      = tostring(var.questions.max_open)
    PUSPA_FORM_IDLE_MINUTES       = tostring(var.questions.form_idle_minutes)
    SMTP_SECURITY                 = var.smtp_security
    SMTP_HOST                     = var.smtp_host
    SMTP_PORT                     = tostring(var.smtp_port)
    SMTP_USER                     = var.smtp_user
    SMTP_FROM                     = var.smtp_from
    # Not read by PUSPA: changing it rolls every function out to new instances, which read the secrets'
    # latest versions (infra/README.md, "Rotating a secret without downtime").
    PUSPA_SECRETS_REVISION       = var.secrets_revision
    PUSPA_FLOWS                  = var.flows
    WHATSAPP_BUSINESS_ACCOUNT_ID = var.whatsapp_business_account_id
  }
  # One Eventarc trigger per function: notify_admins is deployed once per watched collection.
  notify_triggers = {
    registrations = "registrations/{id}"
    tickets       = "tickets/{id}"
    notices       = "notices/{id}"
  }
}

resource "google_cloudfunctions2_function" "whatsapp_webhook" {
  #checkov:skip=CKV_GCP_124:Meta's servers call the webhook from the internet; every POST must carry a valid X-Hub-Signature-256 (HMAC of the body with the app secret) or it is refused with 403 before anything is read or stored.
  name     = "whatsapp-webhook"
  location = var.region

  build_config {
    runtime     = "python311"
    entry_point = "whatsapp_webhook"
    source {
      storage_source {
        bucket = google_storage_bucket.source.name
        object = google_storage_bucket_object.source.name
      }
    }
  }

  service_config {
    available_memory                 = "512Mi" # 0.33 vCPU: imports + first Firestore call stay well under Meta's timeout
    timeout_seconds                  = 60
    min_instance_count               = var.min_instances
    max_instance_count               = 10
    max_instance_request_concurrency = 1
    ingress_settings                 = "ALLOW_ALL" # Meta calls it (see the skip above)
    service_account_email            = google_service_account.webhook.email
    environment_variables            = merge(local.environment, local.papers_environment) # storage.tf
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

resource "google_cloudfunctions2_function" "notify_admins" {
  for_each = local.notify_triggers
  name     = "notify-admins-${each.key}"
  location = var.region

  build_config {
    runtime     = "python311"
    entry_point = "notify_admins"
    source {
      storage_source {
        bucket = google_storage_bucket.source.name
        object = google_storage_bucket_object.source.name
      }
    }
  }

  service_config {
    available_memory      = "512Mi"
    timeout_seconds       = 120
    ingress_settings      = "ALLOW_INTERNAL_ONLY" # only Eventarc of this project delivers to it
    max_instance_count    = 3
    service_account_email = google_service_account.webhook.email
    environment_variables = merge(local.environment, local.papers_environment) # storage.tf
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

  event_trigger {
    trigger_region        = var.region
    event_type            = "google.cloud.firestore.document.v1.created"
    retry_policy          = "RETRY_POLICY_RETRY" # a failed channel raises; Eventarc retries up to 24 h
    service_account_email = google_service_account.webhook.email
    event_filters {
      attribute = "database"
      value     = "(default)"
    }
    event_filters {
      attribute = "document"
      value     = each.value
      operator  = "match-path-pattern"
    }
  }

  depends_on = [google_project_service.enabled, google_secret_manager_secret_iam_member.webhook_secrets]
}

resource "google_cloudfunctions2_function" "send_digest" {
  name     = "send-digest"
  location = var.region

  build_config {
    runtime     = "python311"
    entry_point = "send_digest"
    source {
      storage_source {
        bucket = google_storage_bucket.source.name
        object = google_storage_bucket_object.source.name
      }
    }
  }

  service_config {
    available_memory      = "512Mi"
    timeout_seconds       = 540                   # one call serves every office (README, "Cost": 40 offices, bench.scheduler)
    ingress_settings      = "ALLOW_INTERNAL_ONLY" # only Cloud Scheduler of this project calls it
    max_instance_count    = 1
    service_account_email = google_service_account.webhook.email
    environment_variables = local.environment
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

resource "google_cloudfunctions2_function" "send_monthly_report" {
  name     = "send-monthly-report"
  location = var.region

  build_config {
    runtime     = "python311"
    entry_point = "send_monthly_report"
    source {
      storage_source {
        bucket = google_storage_bucket.source.name
        object = google_storage_bucket_object.source.name
      }
    }
  }

  service_config {
    available_memory      = "512Mi"
    timeout_seconds       = 540                   # one call serves every office (README, "Cost": 40 offices, bench.scheduler)
    ingress_settings      = "ALLOW_INTERNAL_ONLY" # only Cloud Scheduler of this project calls it
    max_instance_count    = 1
    service_account_email = google_service_account.webhook.email
    environment_variables = local.environment
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

# Once a working day; send_digest is safe to call twice, so the scheduler's retries are harmless: an
# office that failed answers 500 and the retry redoes only it. The attempt deadline outlasts the
# function's timeout, so a slow call is never retried while it still runs.
resource "google_cloud_scheduler_job" "digest" {
  name             = "puspa-digest"
  region           = var.region
  schedule         = var.digest_schedule
  time_zone        = var.time_zone
  attempt_deadline = "600s"
  retry_config {
    retry_count = 3
  }
  http_target {
    http_method = "POST"
    uri         = google_cloudfunctions2_function.send_digest.service_config[0].uri
    oidc_token {
      service_account_email = google_service_account.webhook.email
    }
  }
  depends_on = [google_project_service.enabled]
}

# Every morning; send_monthly_report acts on the first working day of a month (every office's report,
# then the kabupaten roll-up) and is safe to call twice.
resource "google_cloud_scheduler_job" "monthly_report" {
  name             = "puspa-monthly-report"
  region           = var.region
  schedule         = "0 8 * * *"
  time_zone        = var.time_zone
  attempt_deadline = "600s"
  retry_config {
    retry_count = 3
  }
  http_target {
    http_method = "POST"
    uri         = google_cloudfunctions2_function.send_monthly_report.service_config[0].uri
    oidc_token {
      service_account_email = google_service_account.webhook.email
    }
  }
  depends_on = [google_project_service.enabled]
}

# Meta's WhatsApp Flows data-exchange endpoint: encrypted screen requests of forms with live choices.
resource "google_cloudfunctions2_function" "flow_endpoint" {
  #checkov:skip=CKV_GCP_124:Ingress from the internet on purpose: WhatsApp's client calls it from Meta; a request without a valid X-Hub-Signature-256 gets 432, and its body is encrypted to our key (RSA-OAEP, AES-GCM).
  count    = var.flow_endpoint ? 1 : 0
  name     = "flow-endpoint"
  location = var.region

  build_config {
    runtime     = "python311"
    entry_point = "flow_endpoint"
    source {
      storage_source {
        bucket = google_storage_bucket.source.name
        object = google_storage_bucket_object.source.name
      }
    }
  }

  service_config {
    available_memory                 = "512Mi"
    timeout_seconds                  = 10          # Meta's client gives up after 10 s
    ingress_settings                 = "ALLOW_ALL" # Meta calls it (see the skip above)
    min_instance_count               = var.min_instances
    max_instance_count               = 5
    max_instance_request_concurrency = 1
    service_account_email            = google_service_account.webhook.email
    environment_variables            = local.environment
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
