# Secret values are added out of band (never in git or Terraform state):
#   printf '%s' "$TOKEN" | gcloud secrets versions add whatsapp-token --data-file=-
locals {
  # Environment variable -> secret, bound to every function.
  always_secrets = {
    WHATSAPP_TOKEN        = "whatsapp-token"
    WHATSAPP_APP_SECRET   = "whatsapp-app-secret"
    WHATSAPP_VERIFY_TOKEN = "whatsapp-verify-token"
    # Keys the hashes PUSPA stores; set once, never rotated (rotating it makes stored documents unfindable).
    PUSPA_HASH_SECRET = "puspa-hash-secret"
  }
  secrets = merge(
    local.always_secrets,
    # Only when e-mail goes through a login (staff in petugas.yaml, PUSPA_ADMIN_EMAILS, the roll-up):
    # a secret without a version would stop the deployment.
    var.smtp_host != "" && var.smtp_user != "" ? { SMTP_PASSWORD = "smtp-password" } : {},
    # The Flows endpoint's RSA private key (PEM), only once a form with live choices is on:
    #   openssl genrsa 2048 | gcloud secrets versions add puspa-flow-private-key --data-file=-
    # then `python -m ops.flows register-key` registers its public half with Meta.
    var.flow_endpoint ? { PUSPA_FLOW_PRIVATE_KEY = "puspa-flow-private-key" } : {},
  )
}

resource "google_secret_manager_secret" "puspa" {
  for_each  = local.secrets
  secret_id = each.value
  replication {
    auto {}
  }
  depends_on = [google_project_service.enabled]
}
