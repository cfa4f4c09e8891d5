"""Reply types: what the bot sends, shaped like WhatsApp's messages but free of JSON (pure).
`whatsapp.messages` builds the Graph API payloads from them."""

from __future__ import annotations

from typing import Any

from msgspec import Struct

from puspa.conversation.forms import AnyForm
from puspa.domain.sender import Sender


class Button(Struct, frozen=True):
    id: str
    title: str


class Row(Struct, frozen=True):
    id: str
    title: str
    description: str = ""


class Section(Struct, frozen=True):
    title: str
    rows: tuple[Row, ...]


class TextReply(Struct, frozen=True):
    body: str


class ButtonsReply(Struct, frozen=True):
    body: str
    buttons: tuple[Button, ...]
    header: str = ""
    footer: str = ""


class ListReply(Struct, frozen=True):
    body: str
    button: str
    sections: tuple[Section, ...]
    header: str = ""
    footer: str = ""


class FlowReply(Struct, frozen=True):
    """A form on one screen (WhatsApp Flow): `body` above a button (`cta`) that opens `form` with
    `data` (choices, prefilled answers, problems to fix; none for an `EndpointForm`, whose screens
    the Flows endpoint answers); `token` comes back with the answers."""

    body: str
    form: AnyForm
    token: str
    cta: str
    data: tuple[tuple[str, Any], ...] = ()
    header: str = ""
    footer: str = ""


class TemplateReply(Struct, frozen=True):
    """An approved template: the only message WhatsApp delivers outside the 24-hour window.
    Parameters must not contain line breaks, tabs or more than four spaces in a row."""

    name: str
    language: str
    parameters: tuple[str, ...]
    button_payloads: tuple[str, ...] = ()


Reply = TextReply | ButtonsReply | ListReply | FlowReply


class Push(Struct, frozen=True):
    """A message to someone other than the sender (a resident told of a status change, staff
    told of a request). `reply` is sent inside the recipient's 24-hour window, `template` outside;
    without a template nothing is sent outside it (an offer, not news the resident must get)."""

    recipient: Sender
    reply: Reply
    template: TemplateReply | None


Outbound = Reply | Push
