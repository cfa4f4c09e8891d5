variable "project_id" {
  description = "Google Cloud project that runs PUSPA."
  type        = string
}

variable "region" {
  description = "Region for the function and Firestore (Jakarta keeps latency to Indonesian users low)."
  type        = string
  default     = "asia-southeast2"
}

variable "whatsapp_phone_number_id" {
  description = "phone_number_id of the office's WhatsApp number (the default office)."
  type        = string
}

variable "whatsapp_api_url" {
  description = "Graph API base URL including its version."
  type        = string
  default     = "https://graph.facebook.com/v25.0"
}

variable "session_idle_minutes" {
  description = "Minutes of silence after which a conversation starts fresh."
  type        = number
  default     = 30
}

variable "session_ttl_days" {
  description = "Days after the last message until a session document expires (TTL)."
  type        = number
  default     = 30
}

variable "min_instances" {
  description = "Warm instances; 1 avoids multi-second cold starts that make Meta redeliver."
  type        = number
  default     = 0
}

variable "admin_wa_ids" {
  description = "Comma-separated WhatsApp numbers (62...) of staff allowed to run PROSES/SETUJU/TOLAK/SELESAI."
  type        = string
  default     = ""
}

variable "staff_by_office" {
  description = "Staff of further offices: <phone_number_id>=62...|62...;<phone_number_id>=... (staff only where listed)."
  type        = string
  default     = ""
}

variable "flood" {
  description = "Flood control per sender: a bucket of burst tokens, one back every refill_seconds (text 1 token, a tap 1/4; bench/flood.py)."
  type = object({
    burst          = number
    refill_seconds = number
  })
  default = { burst = 30, refill_seconds = 6 }
}

variable "admin_emails" {
  description = "Comma-separated e-mail addresses of the default office's staff, until it publishes petugas.yaml."
  type        = string
  default     = ""
}

variable "rollup_emails" {
  description = "Comma-separated e-mail addresses of the kabupaten's admins, sent the monthly roll-up of every kecamatan."
  type        = string
  default     = ""
}

variable "smtp_host" {
  description = "SMTP server for staff e-mail (the password is the smtp-password secret)."
  type        = string
  default     = ""
}

variable "smtp_port" {
  type    = number
  default = 587
}

variable "smtp_user" {
  type    = string
  default = ""
}

variable "smtp_from" {
  type    = string
  default = ""
}

variable "template_language" {
  description = "Language code of the approved WhatsApp templates."
  type        = string
  default     = "id"
}

variable "smtp_security" {
  description = "starttls (587), ssl (465) or none."
  type        = string
  default     = "starttls"
}

variable "templates" {
  description = "Names of the approved WhatsApp templates."
  type = object({
    admin    = string
    info     = string
    status   = string
    answer   = string
    ready    = string
    reminder = string
  })
  default = {
    admin    = "puspa_pemberitahuan_petugas"
    info     = "puspa_info_petugas"
    status   = "puspa_status_permohonan"
    answer   = "puspa_jawaban_petugas"
    ready    = "puspa_dokumen_siap"
    reminder = "puspa_pengingat_antrian"
  }
}

variable "registration_keep_days" {
  type    = number
  default = 90
}

variable "ticket_keep_days" {
  type    = number
  default = 30
}

variable "digest_schedule" {
  description = "When send_digest runs (cron, in the office's time zone)."
  type        = string
  default     = "0 8 * * 1-5"
}

variable "time_zone" {
  type    = string
  default = "Asia/Jakarta"
}

variable "questions" {
  description = "Questions to staff: shortest length, open at once per resident; minutes a half-filled form waits."
  type = object({
    min_length        = number
    max_open          = number
    form_idle_minutes = number
  })
  default = {
    min_length        = 15
    max_open          = 3
    form_idle_minutes = 120
  }
}

variable "backup_retention_days" {
  description = "Days each daily Firestore backup is kept; keep it short: a backup still holds what TTL and HAPUS DATA SAYA deleted since."
  type        = number
  default     = 7
}

variable "alert_emails" {
  description = "E-mail addresses of the kabupaten's operators, told when an alert opens (README, \"Alerts\")."
  type        = list(string)
  validation {
    condition     = length(var.alert_emails) > 0 && alltrue([for e in var.alert_emails : can(regex("^[^@ ]+@[^@ ]+[.][^@ ]+$", e))])
    error_message = "List at least one operator's e-mail address: without one, nobody is told of an alert."
  }
}

variable "runbook_url" {
  description = "Where the operators read infra/README.md (e.g. its page on the kabupaten's Git server); each alert links to its section there."
  type        = string
  default     = "infra/README.md"
}

variable "webhook_5xx_per_5_minutes" {
  description = "Webhook answers with status 5xx in 5 minutes that, kept up for 10 minutes, open the alert."
  type        = number
  default     = 3
}

variable "slow_calls_per_10_minutes" {
  description = "Slow Firestore (over 1 s) or Graph API (over 3 s) calls in 10 minutes that open the alert."
  type        = number
  default     = 20
}

variable "billing_account" {
  description = "Billing account ID (XXXXXX-XXXXXX-XXXXXX) that pays for the project; the budget is set on it."
  type        = string
}

variable "budget" {
  description = "Monthly budget of the project: amount in whole units of the billing account's currency (e.g. IDR)."
  type = object({
    amount        = number
    currency_code = string
  })
  default = { amount = 500000, currency_code = "IDR" }
}

variable "secrets_revision" {
  description = "Change it (e.g. to the date) after adding a secret version: every function then starts new instances, which read the secrets' latest versions."
  type        = string
  default     = ""
}
variable "flows" {
  description = "Dialogues whose WhatsApp Flow is published (python -m ops.flows publish) and sent, e.g. \"registration,survey,booking\" (the booking needs var.flow_endpoint); empty: the chat forms only."
  type        = string
  default     = ""
}

variable "whatsapp_business_account_id" {
  description = "The WhatsApp Business Account the Flows are published on (ops.flows reads it)."
  type        = string
  default     = ""
}

variable "flow_endpoint" {
  description = "Deploy the Flows data-exchange endpoint (flow_endpoint) and its key secret: needed by forms with live choices (the booking), not by the registration and the survey."
  type        = bool
  default     = false
}
