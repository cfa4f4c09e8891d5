"""What a resident sent, reduced to what the conversation needs (pure data)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from msgspec import Struct

from puspa.domain.sender import Sender


class InboundKind(StrEnum):
    TEXT = "text"  # typed text
    CHOICE = "choice"  # a tapped list row, reply button or template quick-reply
    UNREADABLE = "unreadable"  # voice, image, video, document, sticker, location, contacts, unsupported
    FORM = "form"  # a form on one screen (WhatsApp Flow) sent back: `flow_token` and `answers`
    WELCOME_REQUEST = "welcome_request"  # the user opened the chat for the first time
    IGNORED = "ignored"  # reaction, edit, deletion, system message: never answered


class Inbound(Struct, frozen=True):
    """One inbound message. `office_id` is the WhatsApp phone_number_id it arrived on."""

    office_id: str
    wamid: str
    sender: Sender
    kind: InboundKind
    text: str = ""
    choice_id: str = ""
    original_type: str = ""
    profile_name: str = ""
    sent_at: datetime | None = None
    reply_to: str = ""  # the id of our message this one replies to (WhatsApp's context.id)
    media_id: str = ""  # an image or document: WhatsApp's media id (the file is fetched with it; never logged)
    mime_type: str = ""  # what WhatsApp says the image or document is
    flow_token: str = ""  # FORM: the token the form was sent with (client input: checked by its dialogue)
    answers: tuple[tuple[str, str], ...] = ()  # FORM: field -> answer as the phone sent it
