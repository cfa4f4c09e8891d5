resource "google_firestore_database" "default" {
  name        = "(default)"
  location_id = var.region
  type        = "FIRESTORE_NATIVE"
  depends_on  = [google_project_service.enabled]
}

# Personal data expires: Firestore deletes a session typically within 24 h after expire_at.
# The code still checks idle time itself, because deletion lags.
resource "google_firestore_field" "sessions_ttl" {
  database   = google_firestore_database.default.name
  collection = "sessions"
  field      = "expire_at"
  ttl_config {}
  index_config {} # no index: a monotonic timestamp index would cap the write rate
}

# Registrations expire 90 days after the event (PUSPA_REGISTRATION_KEEP_DAYS), closed questions after
# PUSPA_TICKET_KEEP_DAYS; their keys, reply references and the notification ledger expire too.
resource "google_firestore_field" "ttl" {
  for_each = toset([
    "registrations", "registration_keys", "notifications", "tickets", "ticket_keys", "message_refs", "notices",
    "survey_answers", "survey_keys", "unanswered_daily", "daily_activity", "documents", "lookup_failures",
    "complaints", "erasures", "papers", "paper_codes",
  ])
  database   = google_firestore_database.default.name
  collection = each.value
  field      = "expire_at"
  ttl_config {}
  index_config {}
}

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
