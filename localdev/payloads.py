"""Meta-shaped webhook bodies for the local chat and the benchmarks (see tests/data/webhooks for
captured shapes)."""

from __future__ import annotations

import json
from typing import Any


def envelope(office_id: str, message: dict[str, Any], profile_name: str = "") -> bytes:
    """One inbound message in Meta's webhook envelope, as raw bytes (what gets signed)."""
    value: dict[str, Any] = {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": "15550000000", "phone_number_id": office_id},
        "messages": [message],
    }
    if profile_name:
        value["contacts"] = [{"profile": {"name": profile_name}, "wa_id": message.get("from", "")}]
    change = {"field": "messages", "value": value}
    return json.dumps({"object": "whatsapp_business_account", "entry": [{"id": "0", "changes": [change]}]}).encode()


def text_message(office_id: str, wa_id: str, wamid: str, text: str, timestamp: str = "1764061200") -> bytes:
    message = {"from": wa_id, "id": wamid, "timestamp": timestamp, "type": "text", "text": {"body": text}}
    return envelope(office_id, message)


def tap_message(
    office_id: str, wa_id: str, wamid: str, choice_id: str, title: str = "", timestamp: str = "1764061200"
) -> bytes:
    """A tapped reply button (WhatsApp's `interactive` / `button_reply`), as raw bytes."""
    reply = {"type": "button_reply", "button_reply": {"id": choice_id, "title": title or choice_id}}
    message = {"from": wa_id, "id": wamid, "timestamp": timestamp, "type": "interactive", "interactive": reply}
    return envelope(office_id, message)
