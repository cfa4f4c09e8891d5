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
