output "webhook_url" {
  description = "Enter this as the Callback URL in the Meta App Dashboard (WhatsApp > Configuration)."
  value       = google_cloudfunctions2_function.whatsapp_webhook.service_config[0].uri
}
