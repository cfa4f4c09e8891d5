"""WhatsApp's 24-hour customer-service window: a free-form message reaches a resident only within
24 hours of their last message; outside it only an approved template does. Every message PUSPA
sends to someone other than the sender of the turn (a resident told of a status change, an answer,
a ready document) is chosen here, once."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from puspa.app.ports import SessionStore
from puspa.conversation.replies import Reply, TemplateReply
from puspa.domain.sender import Sender
from puspa.whatsapp.messages import build_message, build_template

WINDOW = timedelta(hours=23, minutes=50)  # the 24-hour window, with a margin


def session_key(office_id: str, resident: Sender) -> str:
    """The key of a resident's session at an office (`sessions/{office}_{wa_id}`)."""
    return f"{office_id}_{resident.key}"


def payload_for(
    sessions: SessionStore,
    office_id: str,
    resident: Sender,
    reply: Reply,
    template: TemplateReply | None,
    now: datetime,
) -> dict[str, Any] | None:
    """`reply` inside the resident's window (their session was active in the last 23 h 50 min), the
    template outside it, or None there when there is no template: an offer worth sending only while the
    resident is in the conversation (nothing is sent, nothing billed). One session read. Raises
    MessageLimitError when the chosen one breaks a limit."""
    stored = sessions.load_session(session_key(office_id, resident))
    last_seen = stored.session.last_seen if stored.session else None
    if last_seen is not None and now - last_seen < WINDOW:
        return build_message(resident, reply)
    return build_template(resident, template) if template is not None else None
