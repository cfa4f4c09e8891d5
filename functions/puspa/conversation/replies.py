"""What the bot answers, as channel-shaped data (pure). `whatsapp.messages` turns it into JSON."""

from __future__ import annotations

from dataclasses import dataclass


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


Reply = TextReply | ButtonsReply | ListReply


@dataclass(frozen=True)
class MarkRead:
    """Effect: mark the inbound message as read (blue ticks)."""

    wamid: str


Effect = MarkRead
