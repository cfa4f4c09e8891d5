"""What the conversation asks the shell to do, as plain data (frozen, comparable, loggable).

The shell (`puspa.app.effect_handlers`) carries each out through its store and hands the result back
to `machine.follow_up`, which turns it into replies. No callbacks travel with an effect.
"""

from __future__ import annotations

from msgspec import Struct

from puspa.domain.codes import RequestKind
from puspa.domain.registration import Draft, Status
from puspa.domain.ticket import TicketAction


class SubmitRegistration(Struct, frozen=True):
    """Store a registration (one per resident and event date), numbered in `year`."""

    draft: Draft
    year: int


class FindRequests(Struct, frozen=True):
    """The resident's own registrations and questions; `code` narrows to one, `kind` to one kind."""

    code: str = ""
    kind: RequestKind | None = None


class DeleteResidentData(Struct, frozen=True):
    """Cancel the resident's active requests (staff are told), erase their personal data, their
    questions and their session."""


class ChangeStatus(Struct, frozen=True):
    """Staff: move a registration to `status`, recorded with who and when."""

    code: str
    status: Status
    actor: str
    reason: str


class CreateTicket(Struct, frozen=True):
    """Forward a resident's question to staff (once per inbound message), numbered in `year`."""

    question: str
    service_id: str
    max_open: int
    year: int


class ResidentTicketAction(Struct, frozen=True):
    """The resident closes, adds to or re-reads their question."""

    code: str
    action: TicketAction
    text: str = ""
    invite: bool = False  # CLOSE: the reply offers the satisfaction survey


class StaffTicketAction(Struct, frozen=True):
    """Staff answer or close a question, found by code or by the notification they replied to."""

    code: str
    reply_to: str
    action: TicketAction
    text: str
    actor: str


class SubmitSurvey(Struct, frozen=True):
    """Store one anonymous satisfaction survey: scores per element (1–4), an optional suggestion."""

    service_id: str
    period: str  # "2026-11": one answer per resident and month
    scores: tuple[tuple[str, int], ...]
    suggestion: str


class FindDocument(Struct, frozen=True):
    """A resident looks up their document by receipt number and secret (the owner's date of birth)."""

    number: str
    secret: str
    day: str  # the office's local date: failed attempts are counted per day


class SubscribeDocument(Struct, frozen=True):
    """The resident asks to be told when the document (found with its secret) is ready."""

    number: str
    secret: str
    day: str = ""  # the office's local date, as for a lookup


class MarkDocument(Struct, frozen=True):
    """Staff: SIAP <nomor> (ready) or DIAMBIL <nomor> (collected), recorded with who and when."""

    number: str
    ready: bool  # False: collected
    actor: str
    day: str


Effect = (
    SubmitRegistration
    | FindRequests
    | DeleteResidentData
    | ChangeStatus
    | CreateTicket
    | ResidentTicketAction
    | StaffTicketAction
    | SubmitSurvey
    | FindDocument
    | SubscribeDocument
    | MarkDocument
)
