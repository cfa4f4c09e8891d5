resource "google_service_account" "webhook" {
  account_id   = "puspa-webhook"
  display_name = "PUSPA WhatsApp webhook"
}

resource "google_project_iam_member" "webhook_firestore" {
  project = var.project_id
  role    = "roles/datastore.user"
  member  = "serviceAccount:${google_service_account.webhook.email}"
}

resource "google_secret_manager_secret_iam_member" "webhook_secrets" {
  for_each  = google_secret_manager_secret.puspa
  secret_id = each.value.id
  role      = "roles/secretmanager.secretAccessor"
  member    = "serviceAccount:${google_service_account.webhook.email}"
}

# Meta calls the webhook without Google credentials; the signature check is the gate.
resource "google_cloud_run_service_iam_member" "webhook_public" {
  #checkov:skip=CKV_GCP_102:Meta's servers cannot present Google credentials, so the webhook must be invocable by allUsers; its authentication is the X-Hub-Signature-256 HMAC check (403 without it). Only the services someone outside Google must reach are public: this one, the Flows endpoint (Meta) and the papers view (staff).
  location = google_cloudfunctions2_function.whatsapp_webhook.location
  service  = google_cloudfunctions2_function.whatsapp_webhook.service_config[0].service
  role     = "roles/run.invoker"
  member   = "allUsers"
}

# Meta's client calls the Flows endpoint without Google credentials; the signature and the key are the gate.
resource "google_cloud_run_service_iam_member" "flow_endpoint_public" {
  #checkov:skip=CKV_GCP_102:Public on purpose: Meta's client cannot present Google credentials; the X-Hub-Signature-256 check and the encryption to our key are its authentication.
  count    = var.flow_endpoint ? 1 : 0
  location = google_cloudfunctions2_function.flow_endpoint[0].location
  service  = google_cloudfunctions2_function.flow_endpoint[0].service_config[0].service
  role     = "roles/run.invoker"
  member   = "allUsers"
}

# Eventarc invokes notify_admins with the function's service account.
resource "google_project_iam_member" "webhook_invoker" {
  project = var.project_id
  role    = "roles/run.invoker"
  member  = "serviceAccount:${google_service_account.webhook.email}"
}

resource "google_project_iam_member" "webhook_eventarc" {
  project = var.project_id
  role    = "roles/eventarc.eventReceiver"
  member  = "serviceAccount:${google_service_account.webhook.email}"
}
