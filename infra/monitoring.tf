# Alerts, e-mailed to the kabupaten's operators. Each policy's documentation links to its entry in
# infra/README.md ("Alerts": what it means, what to do); tests/unit/test_infra_alerts.py keeps the two in
# step, and checks that every ERROR the code logs is counted by one of the log-based metrics below.
#
# The functions log one JSON object per line (functions/puspa/app/logs.py): Cloud Logging reads its
# `severity`, and its `message` lands in jsonPayload.message.

resource "google_monitoring_notification_channel" "email" {
  for_each     = toset(var.alert_emails)
  display_name = "PUSPA operator ${each.value}"
  type         = "email"
  labels = {
    email_address = each.value
  }
  depends_on = [google_project_service.enabled]
}

locals {
  alert_channels = [for channel in google_monitoring_notification_channel.email : channel.id]
  function_logs  = "resource.type=\"cloud_run_revision\" AND severity>=ERROR"

  # ERROR lines after which a resident's message got no answer, or may get none (a failed send, a reply
  # that could not be built, content that cannot be loaded, a bug in a turn).
  unanswered_phrases = [
    "this message stays unanswered",
    "its redelivery after the lease will finish it",
    "asking Meta to redeliver",
    "cannot be read back",
    "not sent (code",
    "breaks a WhatsApp limit",
    "refused (code",
    "no content is published for office",
    "published content of office",
    "papers file not kept",
    "PUSPA_FLOW_PRIVATE_KEY is not set",
    "the client reported",
  ]
  # Meta refused the access token (Graph API code 190): nothing can be sent until it is renewed.
  token_phrases = ["refused the access token"]
  # notify_admins could not read an event or could not tell someone (Eventarc retries it for 24 h).
  notify_phrases = ["notify_admins: "]
  # The digest or the monthly report of an office failed (the scheduler retries the call).
  scheduled_phrases = ["the other offices go on"]
}

resource "google_logging_metric" "resident_unanswered" {
  name   = "puspa/resident_unanswered"
  filter = "${local.function_logs} AND (${join(" OR ", [for p in local.unanswered_phrases : "jsonPayload.message:\"${p}\""])})"
  metric_descriptor {
    metric_kind = "DELTA"
    value_type  = "INT64"
    unit        = "1"
  }
}

resource "google_logging_metric" "token_refused" {
  name   = "puspa/token_refused"
  filter = "${local.function_logs} AND (${join(" OR ", [for p in local.token_phrases : "jsonPayload.message:\"${p}\""])})"
  metric_descriptor {
    metric_kind = "DELTA"
    value_type  = "INT64"
    unit        = "1"
  }
}

# Also any other ERROR of the notify-admins-* services (an uncaught exception's traceback).
resource "google_logging_metric" "notify_failed" {
  name   = "puspa/notify_failed"
  filter = "${local.function_logs} AND (resource.labels.service_name:\"notify-admins-\" OR ${join(" OR ", [for p in local.notify_phrases : "jsonPayload.message:\"${p}\""])})"
  metric_descriptor {
    metric_kind = "DELTA"
    value_type  = "INT64"
    unit        = "1"
  }
}

# A failed office, or a scheduler call that failed outright (an error status, a crash, the deadline):
# Cloud Scheduler logs each failed attempt at ERROR. A job that does not run at all is not caught here:
# a metric-absence condition waits at most 23.5 hours, less than a daily job's period.
resource "google_logging_metric" "scheduled_run_failed" {
  name   = "puspa/scheduled_run_failed"
  filter = "(resource.type=\"cloud_scheduler_job\" AND severity>=ERROR AND (resource.labels.job_id=\"${google_cloud_scheduler_job.digest.name}\" OR resource.labels.job_id=\"${google_cloud_scheduler_job.monthly_report.name}\")) OR (${local.function_logs} AND (${join(" OR ", [for p in local.scheduled_phrases : "jsonPayload.message:\"${p}\""])}))"
  metric_descriptor {
    metric_kind = "DELTA"
    value_type  = "INT64"
    unit        = "1"
  }
}

# functions/puspa/slow_calls.py: one WARNING line per Firestore call over 1 s or Graph API call over 3 s.
resource "google_logging_metric" "slow_calls" {
  name   = "puspa/slow_calls"
  filter = "resource.type=\"cloud_run_revision\" AND jsonPayload.message:\"slow call: \" AND jsonPayload.latency_ms>0"
  metric_descriptor {
    metric_kind = "DELTA"
    value_type  = "INT64"
    unit        = "1"
    labels {
      key         = "system"
      value_type  = "STRING"
      description = "firestore or graph"
    }
  }
  label_extractors = {
    system = "EXTRACT(jsonPayload.system)"
  }
}

resource "google_monitoring_alert_policy" "webhook_5xx" {
  display_name          = "PUSPA: Webhook failing (5xx)"
  combiner              = "OR"
  notification_channels = local.alert_channels
  severity              = "CRITICAL"
  conditions {
    display_name = "whatsapp-webhook answers 5xx"
    condition_threshold {
      filter          = "resource.type=\"cloud_run_revision\" AND resource.labels.service_name=\"${google_cloudfunctions2_function.whatsapp_webhook.name}\" AND metric.type=\"run.googleapis.com/request_count\" AND metric.labels.response_code_class=\"5xx\""
      comparison      = "COMPARISON_GT"
      threshold_value = var.webhook_5xx_per_5_minutes
      duration        = "600s"
      aggregations {
        alignment_period     = "300s"
        per_series_aligner   = "ALIGN_DELTA"
        cross_series_reducer = "REDUCE_SUM"
      }
    }
  }
  documentation {
    subject   = "PUSPA: the WhatsApp webhook is failing"
    content   = "The webhook has answered Meta with status 5xx more than ${var.webhook_5xx_per_5_minutes} times in 5 minutes, for 10 minutes: residents wait while Meta redelivers.\n\nRunbook: ${var.runbook_url}#webhook-failing-5xx"
    mime_type = "text/markdown"
  }
}

resource "google_monitoring_alert_policy" "resident_unanswered" {
  display_name          = "PUSPA: Resident not answered"
  combiner              = "OR"
  notification_channels = local.alert_channels
  severity              = "ERROR"
  conditions {
    display_name = "an ERROR line that means a resident got no answer"
    condition_threshold {
      filter          = "resource.type=\"cloud_run_revision\" AND metric.type=\"logging.googleapis.com/user/${google_logging_metric.resident_unanswered.name}\""
      comparison      = "COMPARISON_GT"
      threshold_value = 0
      duration        = "0s"
      aggregations {
        alignment_period     = "300s"
        per_series_aligner   = "ALIGN_SUM"
        cross_series_reducer = "REDUCE_SUM"
      }
    }
  }
  documentation {
    subject   = "PUSPA: a resident's message was not answered"
    content   = "The webhook logged an ERROR after which a resident's message got no answer, or may get none.\n\nRunbook: ${var.runbook_url}#resident-not-answered"
    mime_type = "text/markdown"
  }
}

resource "google_monitoring_alert_policy" "token_refused" {
  display_name          = "PUSPA: WhatsApp access token refused"
  combiner              = "OR"
  notification_channels = local.alert_channels
  severity              = "CRITICAL"
  conditions {
    display_name = "Graph API code 190"
    condition_threshold {
      filter          = "resource.type=\"cloud_run_revision\" AND metric.type=\"logging.googleapis.com/user/${google_logging_metric.token_refused.name}\""
      comparison      = "COMPARISON_GT"
      threshold_value = 0
      duration        = "0s"
      aggregations {
        alignment_period     = "60s"
        per_series_aligner   = "ALIGN_SUM"
        cross_series_reducer = "REDUCE_SUM"
      }
    }
  }
  documentation {
    subject   = "PUSPA: WhatsApp refused the access token - nothing can be sent"
    content   = "Meta refused WHATSAPP_TOKEN (Graph API error 190): no resident or staff member gets a message until a valid token is in Secret Manager.\n\nRunbook: ${var.runbook_url}#whatsapp-access-token-refused"
    mime_type = "text/markdown"
  }
}

resource "google_monitoring_alert_policy" "notify_failed" {
  display_name          = "PUSPA: Staff notifications failing"
  combiner              = "OR"
  notification_channels = local.alert_channels
  severity              = "ERROR"
  conditions {
    display_name = "notify_admins errors"
    condition_threshold {
      filter          = "resource.type=\"cloud_run_revision\" AND metric.type=\"logging.googleapis.com/user/${google_logging_metric.notify_failed.name}\""
      comparison      = "COMPARISON_GT"
      threshold_value = 2 # one failure that Eventarc's retry fixed is no alert; a failure that keeps coming back is
      duration        = "0s"
      aggregations {
        alignment_period     = "900s"
        per_series_aligner   = "ALIGN_SUM"
        cross_series_reducer = "REDUCE_SUM"
      }
    }
  }
  documentation {
    subject   = "PUSPA: staff are not being told of new requests"
    content   = "notify_admins keeps failing: staff (e-mail or WhatsApp template) or residents waiting for a document are not being told.\n\nRunbook: ${var.runbook_url}#staff-notifications-failing"
    mime_type = "text/markdown"
  }
}

resource "google_monitoring_alert_policy" "scheduled_run_failed" {
  display_name          = "PUSPA: Digest or monthly report not sent"
  combiner              = "OR"
  notification_channels = local.alert_channels
  severity              = "WARNING"
  conditions {
    display_name = "a scheduled call or one office's run failed"
    condition_threshold {
      filter          = "metric.type=\"logging.googleapis.com/user/${google_logging_metric.scheduled_run_failed.name}\""
      comparison      = "COMPARISON_GT"
      threshold_value = 0
      duration        = "0s"
      aggregations {
        alignment_period     = "300s"
        per_series_aligner   = "ALIGN_SUM"
        cross_series_reducer = "REDUCE_SUM"
      }
    }
  }
  documentation {
    subject   = "PUSPA: the daily digest or the monthly report was not sent"
    content   = "A call of send_digest or send_monthly_report failed, for one office or for all: their staff did not get the e-mail at its hour.\n\nRunbook: ${var.runbook_url}#digest-or-monthly-report-not-sent"
    mime_type = "text/markdown"
  }
}

resource "google_monitoring_alert_policy" "slow_calls" {
  display_name          = "PUSPA: Firestore or Graph API slow"
  combiner              = "OR"
  notification_channels = local.alert_channels
  severity              = "WARNING"
  conditions {
    display_name = "slow calls by system"
    condition_threshold {
      filter          = "resource.type=\"cloud_run_revision\" AND metric.type=\"logging.googleapis.com/user/${google_logging_metric.slow_calls.name}\""
      comparison      = "COMPARISON_GT"
      threshold_value = var.slow_calls_per_10_minutes
      duration        = "0s"
      aggregations {
        alignment_period     = "600s"
        per_series_aligner   = "ALIGN_SUM"
        cross_series_reducer = "REDUCE_SUM"
        group_by_fields      = ["metric.label.system"]
      }
    }
  }
  documentation {
    subject   = "PUSPA: Firestore or the Graph API is answering slowly"
    content   = "More than ${var.slow_calls_per_10_minutes} calls in 10 minutes took over 1 s (Firestore) or 3 s (Graph API), many times their usual time: answers are late, and Meta may redeliver.\n\nRunbook: ${var.runbook_url}#firestore-or-graph-api-slow"
    mime_type = "text/markdown"
  }
}

# Spending of the project's month, e-mailed at half, 90 % and all of the budget, and when the month's
# forecast passes it.
resource "google_billing_budget" "monthly" {
  billing_account = var.billing_account
  display_name    = "PUSPA: Monthly budget"
  budget_filter {
    projects = ["projects/${data.google_project.this.number}"]
  }
  amount {
    specified_amount {
      currency_code = var.budget.currency_code
      units         = tostring(var.budget.amount)
    }
  }
  threshold_rules {
    threshold_percent = 0.5
  }
  threshold_rules {
    threshold_percent = 0.9
  }
  threshold_rules {
    threshold_percent = 1.0
  }
  threshold_rules {
    threshold_percent = 1.0
    spend_basis       = "FORECASTED_SPEND"
  }
  all_updates_rule {
    monitoring_notification_channels = local.alert_channels
    disable_default_iam_recipients   = false # the billing account's administrators are e-mailed too
  }
  depends_on = [google_project_service.enabled]
}
