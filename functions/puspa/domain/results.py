"""What the stores hand back to the shell and the conversation (pure data)."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from msgspec import Struct, field

from puspa.domain.delivery import DeliveryLog
from puspa.domain.registration import Registration, Status
from puspa.domain.session import Session
from puspa.domain.ticket import Entry, Ticket


class StatusProblem(StrEnum):
    NOT_FOUND = "not_found"
    NOT_ALLOWED = "not_allowed"  # the transition is not allowed from the current status


class TicketProblem(StrEnum):
    NOT_FOUND = "not_found"  # no such question, or not the sender's
    TOO_MANY_OPEN = "too_many_open"  # the resident must wait for answers first
    UNKNOWN_REPLY = "unknown_reply"  # a staff reply to a message that is no question's notification
    THREAD_FULL = "thread_full"  # the question has THREAD_MAX entries: a new question is needed


class StoredSession(Struct, frozen=True):
    """A session document as read. `token` is the opaque version for compare-and-set; None means
    the document does not exist yet. `recent_wamids` are the last inbound message ids handled."""

    session: Session | None
    recent_wamids: tuple[str, ...]
    token: object | None
    log: DeliveryLog = field(default_factory=DeliveryLog)  # claim times and the flood bucket


class SubmitResult(Struct, frozen=True):
    code: str
    created: bool  # False: an active request for that date already existed (`code` is that one)
    status: Status


class StatusChange(Struct, frozen=True):
    """The outcome of a status change: `registration` as it is now, or `problem` with the
    registration as it was (None when not found)."""

    registration: Registration | None
    changed: bool
    problem: StatusProblem | None = None


class TicketResult(Struct, frozen=True):
    code: str
    created: bool  # False with TOO_MANY_OPEN: the resident must wait for answers first
    problem: TicketProblem | None = None
    open_codes: tuple[str, ...] = ()


class TicketChange(Struct, frozen=True):
    """The outcome of a ticket action: the ticket as it is now (None: not found or not theirs);
    `earlier_answers` are staff answers that existed before this one."""

    ticket: Ticket | None
    changed: bool
    problem: TicketProblem | None = None
    earlier_answers: tuple[Entry, ...] = ()


class ResidentRequests(Struct, frozen=True):
    """A resident's own requests at one office (never anyone else's), per dialogue that keeps them:
    dialogue name -> its records (registrations, tickets…), which that dialogue lists for STATUS."""

    found: Mapping[str, tuple[Any, ...]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not any(self.found.values())


class Erasure(Struct, frozen=True):
    """What HAPUS DATA SAYA did at one store (or, summed, at all of them): the requests it cancelled
    (staff are told) and the ones it deleted."""

    cancelled: tuple[str, ...] = ()
    deleted: tuple[str, ...] = ()

    def __add__(self, other: Erasure) -> Erasure:
        return Erasure(self.cancelled + other.cancelled, self.deleted + other.deleted)
