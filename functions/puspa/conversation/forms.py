"""Forms on one screen (WhatsApp Flows) as the conversation sees them (pure): what a form asks, the
single-use token that ties a sent form to its sender, and the answers it comes back with.

A dialogue that offers a Flow declares a `FlowForm` built from the same definition as its chat form
(labels, limits, choices), lists it in `Dialogue.flows` (the publisher reads them) and sends it as a
`replies.FlowReply`. Static data (the office's desa, the first date one may register, answers to
prefill, problems to show) travels in the message, so one published Flow serves every office.
A form whose choices are live (the booking's free places) is an `EndpointForm`: several pages, each
page's data answered by the Flows endpoint (`app.flow_endpoint`) when the resident moves on, the
last page completing the form.

The token is minted from the message that asked for the form and kept in the sender's session
(`Session.kept[<dialogue>]`), so it outlives menus opened meanwhile but not a newer form: a completion
is accepted once, from the sender it was sent to, while its token is the one kept and not older than
`FLOW_VALID`. A completion is client input: the dialogue validates every answer again, exactly as
its chat form does.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from msgspec import Struct

from puspa.conversation.inbound import Inbound
from puspa.domain.session import Session

FLOW_VALID = timedelta(hours=24)  # a form left open longer is refused: the chat's 24-hour window is over too


class FieldKind(StrEnum):
    TEXT = "text"
    NUMBER = "number"  # digits only on the phone's keyboard
    PHONE = "phone"
    TEXTAREA = "textarea"  # several lines
    DROPDOWN = "dropdown"  # choices from the message's data
    RADIO = "radio"  # a few choices, all shown
    DATE = "date"  # a date picker between two dates of the message's data
    OPT_IN = "optin"  # one checkbox; it comes back "true" or "false"


TEXT_KINDS = frozenset({FieldKind.TEXT, FieldKind.NUMBER, FieldKind.PHONE, FieldKind.TEXTAREA})  # typed answers


class FlowField(Struct, frozen=True):
    """One input of a form. `label`, `description`, `required` and `visible` are literal, or a
    reference to the message's data ("${data.q1_label}") when one published form serves forms that
    differ per office (the survey's elements); `options`, `min_date`, `max_date` are data keys."""

    key: str
    kind: FieldKind
    label: str
    required: bool | str = True
    helper: str = ""
    description: str = ""
    min_chars: int = 0
    max_chars: int = 0
    options: str = ""
    min_date: str = ""
    max_date: str = ""
    visible: str = ""


class FlowForm(Struct, frozen=True):
    """A form on one screen: its name on the WhatsApp Business Account (the publisher adds a version),
    Meta's category, the screen's title, an opening text, the fields, the submit button, and the data
    the message brings (each key with an example: Meta checks the form against it)."""

    name: str
    category: str  # SIGN_UP, SURVEY, APPOINTMENT_BOOKING, OTHER…
    title: str
    intro: str
    fields: tuple[FlowField, ...]
    submit: str
    data: tuple[tuple[str, Any], ...]
    screen: str = "FORMULIR"

    def field(self, key: str) -> FlowField | None:
        return next((f for f in self.fields if f.key == key), None)


class FlowPage(Struct, frozen=True):
    """One page of an `EndpointForm`: like a `FlowForm`'s screen, plus `carry`, the data keys its
    button sends back with the answers (what earlier pages chose: the endpoint keeps no state)."""

    screen: str
    title: str
    intro: str
    fields: tuple[FlowField, ...]
    submit: str
    data: tuple[tuple[str, Any], ...]
    carry: tuple[str, ...] = ()


class EndpointForm(Struct, frozen=True):
    """A form of several pages whose data comes from the Flows endpoint (Flow JSON with
    `data_api_version`): the message opens it with an INIT request, each page's button asks the
    endpoint for the next page, and the last page's button completes the form (`nfm_reply`)."""

    name: str
    category: str
    pages: tuple[FlowPage, ...]

    @property
    def screen(self) -> str:
        return self.pages[0].screen

    def page(self, screen: str) -> FlowPage | None:
        return next((p for p in self.pages if p.screen == screen), None)


AnyForm = FlowForm | EndpointForm


def data_ref(key: str) -> str:
    return "${data." + key + "}"


def option_list(pairs: list[tuple[str, str]]) -> list[dict[str, str]]:
    """Choices as the form's data carries them: [{"id": value, "title": shown}]."""
    return [{"id": value, "title": title} for value, title in pairs]


def mint_token(prefix: str, inbound: Inbound) -> str:
    """A token nobody else can guess (it hashes the id of the message that asked for the form),
    starting with the dialogue's tap prefix so that its completion finds its dialogue."""
    digest = hashlib.sha256(f"{inbound.office_id}:{inbound.wamid}".encode()).hexdigest()[:24]
    return f"{prefix}{digest}"


def issue(session: Session, owner: str, token: str, now: datetime) -> Session:
    """The session keeping `token` as the one form of `owner` that may come back (a newer one replaces it)."""
    return session.keeping(owner, flow=token, flow_at=now)


class Redeemed(StrEnum):
    OK = "ok"
    UNKNOWN = "unknown"  # never this sender's, already used, or replaced by a newer form
    EXPIRED = "expired"


def redeem(session: Session, owner: str, token: str, now: datetime) -> tuple[Session, Redeemed]:
    """Use `token` once: the session without it when it is this sender's current form."""
    kept = session.kept_by(owner)
    issued = kept.get("flow_at")
    if not token or kept.get("flow") != token:
        return session, Redeemed.UNKNOWN
    spent = session.keeping(owner, flow="", flow_at=None)
    if not isinstance(issued, datetime) or now - issued > FLOW_VALID:
        return spent, Redeemed.EXPIRED
    return spent, Redeemed.OK
