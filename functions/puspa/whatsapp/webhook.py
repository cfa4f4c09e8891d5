"""Meta webhook: subscription check, signature check and payload parsing (pure).

Parsing never raises on a well-signed body: anything it does not understand becomes an
IGNORED or UNREADABLE inbound, or is skipped (status callbacks, other fields).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import Any

from msgspec import Struct

from puspa.conversation.inbound import Inbound, InboundKind
from puspa.domain.sender import Sender

IGNORED_TYPES = frozenset({"reaction", "system", "revoke", "edit", "ephemeral"})
# Well-signed parts with values no real message has are skipped (counted), never answered or stored.
_WA_ID = re.compile(r"^\d{6,20}$")
_USER_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
_OFFICE_ID = re.compile(r"^\d{1,30}$")
_WAMID_MAX = 256
_MEDIA_ID = re.compile(r"^[A-Za-z0-9_-]{1,100}$")
MEDIA_TYPES = ("image", "document")  # the files a dialogue may keep (papers): their media id is passed on
TEXT_MAX = 4096  # a WhatsApp text message holds no more
FORM_JSON_MAX = 64_000  # a completed form's answers (a few hundred characters for PUSPA's forms)
_FORM_KEY = re.compile(r"^[A-Za-z0-9_]{1,40}$")
ANSWER_MAX = 1000
ANSWERS_MAX = 60
NAME_MAX = 100


def verify_subscription(params: Mapping[str, str], verify_token: str) -> tuple[str, int]:
    """GET handshake: echo `hub.challenge` when mode and token match, else 403."""
    mode = params.get("hub.mode", "")
    token = params.get("hub.verify_token", "")
    challenge = params.get("hub.challenge", "")
    given = token.encode("utf-8", "surrogateescape")
    if mode == "subscribe" and verify_token and hmac.compare_digest(given, verify_token.encode()):
        return challenge, 200
    return "Forbidden", 403


def verify_signature(body: bytes, header: str | None, app_secret: str) -> bool:
    """Check `X-Hub-Signature-256: sha256=<hex>` (HMAC-SHA256 of the raw body) in constant time."""
    if not header or not header.startswith("sha256=") or not app_secret:
        return False
    expected = hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest().encode()
    given = header.removeprefix("sha256=").strip().lower().encode("utf-8", "surrogateescape")
    return hmac.compare_digest(given, expected)


def sign(body: bytes, app_secret: str) -> str:
    """The header value Meta would send for `body` (used by the local chat and tests)."""
    return "sha256=" + hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()


class WebhookBatch(Struct, frozen=True):
    """Everything one POST carried that matters to us."""

    messages: tuple[Inbound, ...]
    status_count: int = 0
    skipped: int = 0


def _as_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _timestamp(raw: Any) -> datetime | None:
    try:
        return datetime.fromtimestamp(int(raw), tz=UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def _kind(message: dict[str, Any]) -> tuple[InboundKind, str, str]:
    """(kind, text, choice_id) for one message object."""
    message_type = message.get("type")
    if not isinstance(message_type, str):
        return InboundKind.UNREADABLE, "", ""
    if message_type == "text":
        body = _as_dict(message.get("text")).get("body")
        if isinstance(body, str) and body.strip():
            return InboundKind.TEXT, body[:TEXT_MAX], ""
        return InboundKind.IGNORED, "", ""
    if message_type == "interactive":
        interactive = _as_dict(message.get("interactive"))
        for key in ("button_reply", "list_reply"):
            reply_id = _as_dict(interactive.get(key)).get("id")
            if isinstance(reply_id, str) and 0 < len(reply_id) <= _WAMID_MAX:
                return InboundKind.CHOICE, "", reply_id
        if interactive.get("type") == "nfm_reply" and _form(message) is not None:
            return InboundKind.FORM, "", ""
        return InboundKind.UNREADABLE, "", ""
    if message_type == "button":
        button = _as_dict(message.get("button"))
        payload = button.get("payload")
        if isinstance(payload, str) and 0 < len(payload) <= _WAMID_MAX:
            return InboundKind.CHOICE, "", payload
        text = button.get("text")
        if isinstance(text, str) and text.strip():
            return InboundKind.TEXT, text, ""
        return InboundKind.UNREADABLE, "", ""
    if message_type == "request_welcome":
        return InboundKind.WELCOME_REQUEST, "", ""
    if message_type in IGNORED_TYPES:
        return InboundKind.IGNORED, "", ""
    return InboundKind.UNREADABLE, "", ""


def _media(message: dict[str, Any], kind: str) -> tuple[str, str]:
    """(media id, mime type) of an image or document message; ("", "") when they are not as Meta sends them."""
    media = _as_dict(message.get(kind))
    media_id, mime_type = media.get("id"), media.get("mime_type")
    if not isinstance(media_id, str) or not _MEDIA_ID.match(media_id):
        return "", ""
    return media_id, mime_type[:100] if isinstance(mime_type, str) else ""


def _answer(value: Any) -> str | None:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int | float):
        return str(value)[:ANSWER_MAX]
    if isinstance(value, list) and all(isinstance(v, str | int) for v in value):  # a CheckboxGroup
        return ",".join(str(v) for v in value)[:ANSWER_MAX]
    return None


def _form(message: dict[str, Any]) -> tuple[str, tuple[tuple[str, str], ...]] | None:
    """(flow token, answers) of a completed form (`interactive.nfm_reply.response_json`, a JSON
    string inside the JSON), or None when it cannot be read. Answers are client input: only their
    shape is checked here; the dialogue that sent the form validates them."""
    reply = _as_dict(_as_dict(message.get("interactive")).get("nfm_reply"))
    raw = reply.get("response_json")
    if not isinstance(raw, str) or len(raw) > FORM_JSON_MAX:
        return None
    try:
        answers = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    if not isinstance(answers, dict):
        return None
    token = answers.pop("flow_token", None)
    if not isinstance(token, str) or not 0 < len(token) <= _WAMID_MAX:
        return None
    kept = [(str(k), a) for k, v in answers.items() if _FORM_KEY.match(str(k)) and (a := _answer(v)) is not None]
    return token, tuple(kept[:ANSWERS_MAX])


def _profiles(value: dict[str, Any]) -> dict[str, str]:
    names: dict[str, str] = {}
    for contact in _as_list(value.get("contacts")):
        contact = _as_dict(contact)
        name = _as_dict(contact.get("profile")).get("name")
        for key in (contact.get("wa_id"), contact.get("user_id")):
            if isinstance(key, str) and key and isinstance(name, str):
                names[key] = name
    return names


def _messages(value: dict[str, Any], office_id: str) -> Iterator[Inbound | None]:
    profiles = _profiles(value)
    for raw in _as_list(value.get("messages")):
        message = _as_dict(raw)
        wamid = message.get("id")
        wa_id = message.get("from") if isinstance(message.get("from"), str) else ""
        user_id = message.get("from_user_id") if isinstance(message.get("from_user_id"), str) else ""
        valid_sender = (not wa_id or _WA_ID.match(wa_id)) and (not user_id or _USER_ID.match(user_id))
        if not isinstance(wamid, str) or not 0 < len(wamid) <= _WAMID_MAX or not (wa_id or user_id) or not valid_sender:
            yield None
            continue
        kind, text, choice_id = _kind(message)
        raw_type = message.get("type")
        original_type = raw_type if isinstance(raw_type, str) and len(raw_type) <= 40 else "unsupported"
        reply_to = _as_dict(message.get("context")).get("id")
        media_id, mime_type = _media(message, original_type) if original_type in MEDIA_TYPES else ("", "")
        form = _form(message) if kind is InboundKind.FORM else None
        token, answers = form if form is not None else ("", ())
        yield Inbound(
            office_id=office_id,
            wamid=wamid,
            sender=Sender(wa_id=str(wa_id), user_id=str(user_id)),
            kind=kind,
            text=text,
            choice_id=choice_id,
            original_type=original_type,
            profile_name=(profiles.get(str(wa_id)) or profiles.get(str(user_id)) or "")[:NAME_MAX],
            sent_at=_timestamp(message.get("timestamp")),
            reply_to=reply_to if isinstance(reply_to, str) and len(reply_to) <= _WAMID_MAX else "",
            media_id=media_id,
            mime_type=mime_type,
            flow_token=token,
            answers=answers,
        )


def parse_webhook(body: bytes) -> WebhookBatch:
    """Every inbound message in every entry and change of a webhook POST body."""
    try:
        payload = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):  # RecursionError: JSON nested absurdly deep
        return WebhookBatch((), skipped=1)
    payload = _as_dict(payload)
    if payload.get("object") != "whatsapp_business_account":
        return WebhookBatch((), skipped=1)
    messages: list[Inbound] = []
    statuses = skipped = 0
    for entry in _as_list(payload.get("entry")):
        for change in _as_list(_as_dict(entry).get("changes")):
            change = _as_dict(change)
            value = _as_dict(change.get("value"))
            office_id = _as_dict(value.get("metadata")).get("phone_number_id")
            if change.get("field") != "messages" or not isinstance(office_id, str) or not _OFFICE_ID.match(office_id):
                skipped += 1
                continue
            statuses += len(_as_list(value.get("statuses")))
            for inbound in _messages(value, office_id):
                if inbound is None:
                    skipped += 1
                else:
                    messages.append(inbound)
    return WebhookBatch(tuple(messages), status_count=statuses, skipped=skipped)
