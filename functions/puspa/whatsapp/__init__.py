"""WhatsApp Cloud API: webhook parsing (pure), message builders (pure), Graph API client."""
