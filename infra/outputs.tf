output "webhook_url" {
  description = "Enter this as the Callback URL in the Meta App Dashboard (WhatsApp > Configuration)."
  value       = google_cloudfunctions2_function.whatsapp_webhook.service_config[0].uri
}

output "flow_endpoint_url" {
  description = "The Flows endpoint's URL (a form with live choices is created with it as its endpoint_uri); empty when not deployed."
  value       = var.flow_endpoint ? google_cloudfunctions2_function.flow_endpoint[0].service_config[0].uri : ""
}
