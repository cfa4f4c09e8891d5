# Point-in-time recovery keeps every version of the last 7 days readable (a bad publish or a bug that
# overwrote documents is undone by reading them as they were); delete protection refuses a database
# delete, from Terraform or the console, until someone turns it off on purpose.
resource "google_firestore_database" "default" {
  name                              = "(default)"
  location_id                       = var.region
  type                              = "FIRESTORE_NATIVE"
  point_in_time_recovery_enablement = "POINT_IN_TIME_RECOVERY_ENABLED"
  delete_protection_state           = "DELETE_PROTECTION_ENABLED"
  deletion_policy                   = "ABANDON" # `terraform destroy` leaves the database (and its data) alone
  depends_on                        = [google_project_service.enabled]
}

# A daily backup kept a week: restoring one makes a new database (README, "Alerts"). Kept short on
# purpose: a backup holds what TTL and HAPUS DATA SAYA deleted since, so it must not outlive them by long.
resource "google_firestore_backup_schedule" "daily" {
  database  = google_firestore_database.default.name
  retention = "${var.backup_retention_days * 86400}s"
  daily_recurrence {}
}

# Personal data expires: Firestore deletes a document typically within 24 h after its expire_at. The
# code still checks expiry itself, because deletion lags. Every collection the code writes `expire_at`
# to is listed (tests/query_recorder.py fails the test run when one is missing).
locals {
  ttl_collections = [
    "sessions", "registrations", "registration_keys", "notifications", "tickets", "ticket_keys", "message_refs",
    "notices", "survey_answers", "survey_keys", "unanswered_daily", "daily_activity", "documents",
    "lookup_failures", "complaints", "erasures", "papers", "paper_codes", "papers_months", "bookings", "booking_places",
    "booking_days", "booking_holds",
  ]
}

resource "google_firestore_field" "ttl" {
  for_each   = toset(local.ttl_collections)
  database   = google_firestore_database.default.name
  collection = each.value
  field      = "expire_at"
  ttl_config {}
  index_config {} # no index: a monotonic timestamp index would cap the write rate
}

# Composite indexes: one for each query the code makes that single-field indexes cannot serve
# (tests/firestore_indexes.py holds the rule; the test run fails on a query without its index).

# The monthly report reads a month of registrations and questions of one office.
resource "google_firestore_index" "created_in_month" {
  for_each   = toset(["registrations", "tickets"])
  database   = google_firestore_database.default.name
  collection = each.value
  fields {
    field_path = "office_id"
    order      = "ASCENDING"
  }
  fields {
    field_path = "created_at"
    order      = "ASCENDING"
  }
}

# The daily digest and the monthly report read one office's sessions active on a day, and those
# holding questions without a card since a time: every office's run selects only its own.
resource "google_firestore_index" "sessions_of_office_active_on" {
  database   = google_firestore_database.default.name
  collection = "sessions"
  fields {
    field_path = "office_id"
    order      = "ASCENDING"
  }
  fields {
    field_path   = "activity_days"
    array_config = "CONTAINS"
  }
}

resource "google_firestore_index" "sessions_of_office_unanswered_since" {
  database   = google_firestore_database.default.name
  collection = "sessions"
  fields {
    field_path = "office_id"
    order      = "ASCENDING"
  }
  fields {
    field_path = "unanswered_at"
    order      = "ASCENDING"
  }
}

# HAPUS DATA SAYA takes a resident off the documents and the unsent notices of one office they asked
# to be told about ("Kabari saya").
resource "google_firestore_index" "subscribed_at_office" {
  for_each   = toset(["documents", "notices"])
  database   = google_firestore_database.default.name
  collection = each.value
  fields {
    field_path = "office_id"
    order      = "ASCENDING"
  }
  fields {
    field_path   = "subscriber_keys"
    array_config = "CONTAINS"
  }
}

moved {
  from = google_firestore_field.sessions_ttl
  to   = google_firestore_field.ttl["sessions"]
}

# The monthly report counts one office's counter bookings whose visit falls in the month.
resource "google_firestore_index" "bookings_of_office_by_day" {
  database   = google_firestore_database.default.name
  collection = "bookings"
  fields {
    field_path = "office_id"
    order      = "ASCENDING"
  }
  fields {
    field_path = "day"
    order      = "ASCENDING"
  }
}
