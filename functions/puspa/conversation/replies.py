"""What the bot answers, as channel-shaped data (pure). `whatsapp.messages` turns it into JSON."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from puspa.conversation.inbound import Sender
from puspa.registration import Draft, Registration, Status
from puspa.ticket import Entry, Ticket


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


@dataclass(frozen=True)
class MarkRead:
    """Effect: mark the inbound message as read (blue ticks)."""

    wamid: str


@dataclass(frozen=True)
class SubmitRegistration:
    """Effect: store a registration (one per resident and event date); `respond` turns the
    result into the replies."""

    draft: Draft
    respond: Callable[[SubmitResult], tuple[Outbound, ...]]


@dataclass(frozen=True)
class SubmitResult:
    code: str
    created: bool  # False: an active request for that date already existed (`code` is that one)
    status: Status


@dataclass(frozen=True)
class FindRequests:
    """Effect: the resident's own registrations and questions (never anyone else's)."""

    code: str  # empty: all of them
    respond: Callable[[tuple[Registration, ...], tuple[Ticket, ...]], tuple[Outbound, ...]]


@dataclass(frozen=True)
class DeleteResidentData:
    """Effect: cancel the resident's active requests (staff are told), erase their personal data,
    their questions and their session."""

    respond: Callable[[tuple[str, ...]], tuple[Outbound, ...]]


@dataclass(frozen=True)
class ChangeStatus:
    """Effect (staff): move a registration to `status`, recorded with who and when."""

    code: str
    status: Status
    actor: str
    reason: str
    respond: Callable[[StatusChange], tuple[Outbound, ...]]


@dataclass(frozen=True)
class StatusChange:
    """The outcome of a ChangeStatus: `registration` as it is now, or `problem` (not_found,
    not_allowed) with the registration as it was."""

    registration: Registration | None
    changed: bool
    problem: str = ""


@dataclass(frozen=True)
class TicketResult:
    code: str
    created: bool  # False with `problem` "too_many_open": the resident must wait for answers first
    problem: str = ""
    open_codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class CreateTicket:
    """Effect: forward a resident's question to staff (once per inbound message)."""

    question: str
    service_id: str
    max_open: int
    respond: Callable[[TicketResult], tuple[Outbound, ...]]


@dataclass(frozen=True)
class TicketChange:
    """The outcome of a ticket action: the ticket as it is now (None: not found or not theirs);
    `earlier_answers` are staff answers that existed before this one."""

    ticket: Ticket | None
    changed: bool
    problem: str = ""
    earlier_answers: tuple[Entry, ...] = ()


@dataclass(frozen=True)
class ResidentTicketAction:
    """Effect: the resident closes ("close"), adds to ("followup") or re-reads ("read") a question."""

    code: str
    action: str
    text: str
    respond: Callable[[TicketChange], tuple[Outbound, ...]]


@dataclass(frozen=True)
class StaffTicketAction:
    """Effect (staff): answer ("answer") or close ("close") a question, found by code or by the
    notification message the staff member replied to."""

    code: str
    reply_to: str
    action: str
    text: str
    actor: str
    respond: Callable[[TicketChange], tuple[Outbound, ...]]


Effect = (
    MarkRead
    | SubmitRegistration
    | FindRequests
    | DeleteResidentData
    | ChangeStatus
    | CreateTicket
    | ResidentTicketAction
    | StaffTicketAction
)
