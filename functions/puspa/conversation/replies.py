"""Reply types: what the bot sends, shaped like WhatsApp's messages but free of JSON (pure).
`whatsapp.messages` builds the Graph API payloads from them."""

from __future__ import annotations

from dataclasses import dataclass

from puspa.domain.sender import Sender


@dataclass(frozen=True)
class Button:
    id: str
    title: str


@dataclass(frozen=True)
class Row:
    id: str
    title: str
    description: str = ""


@dataclass(frozen=True)
class Section:
    title: str
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class TextReply:
    body: str


@dataclass(frozen=True)
class ButtonsReply:
    body: str
    buttons: tuple[Button, ...]
    header: str = ""
    footer: str = ""


@dataclass(frozen=True)
class ListReply:
    body: str
    button: str
    sections: tuple[Section, ...]
    header: str = ""
    footer: str = ""


@dataclass(frozen=True)
class TemplateReply:
    """An approved template: the only message WhatsApp delivers outside the 24-hour window.
    Parameters must not contain line breaks, tabs or more than four spaces in a row."""

    name: str
    language: str
    parameters: tuple[str, ...]
    button_payloads: tuple[str, ...] = ()


Reply = TextReply | ButtonsReply | ListReply


@dataclass(frozen=True)
class Push:
    """A message to someone other than the sender (a resident told of a status change, staff
    told of a request). `reply` is sent inside the recipient's 24-hour window, `template` outside."""

    recipient: Sender
    reply: Reply
    template: TemplateReply


Outbound = Reply | Push
