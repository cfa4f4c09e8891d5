"""Ambil antrian's own vocabulary (pure): tap ids, states, the effects it asks the shell for, and the
office's queue rules (antrian.yaml), parsed once per content version."""

from __future__ import annotations

from enum import StrEnum

from puspa.conversation.dialogue import (
    Context,
)
from puspa.conversation.effects import Effect
from puspa.domain.booking import (
    Place,
    QueueRules,
    QueueService,
    parse_queue,
)
from puspa.domain.content import Content

NAME, SECTION, CARD_KEY = "booking", "antrian", "antrian"


PREFIX = "ant:"


START, CARD, NEW, KEEP = "ant:start", "ant:card", "ant:new", "ant:keep"


SERVICE, DAY, SLOT, YES = "ant:svc:", "ant:day:", "ant:slot:", "ant:ok:"


MANAGE, MOVE, CANCEL_ASK, CANCEL_OK = "ant:manage:", "ant:move:", "ant:cancel:", "ant:cancelok:"


QUIT = "ant:batal"


PAPERS_START = "brk:start:"  # the papers check's entry (its dialogue reads the booking code, date and card)


class BookingState(StrEnum):
    SERVICE = "booking_service"  # choosing the service
    DAY = "booking_day"  # choosing the day (scratch: service, and "move" when moving a booking)
    SLOT = "booking_slot"  # choosing the hour (scratch: service, day)
    CONFIRM = "booking_confirm"  # confirming (scratch: service, day, slot)
    FORM = "booking_form"  # the form on one screen was offered (its token kept in `kept["booking"]`)


class ShowDays(Effect, frozen=True):
    """Free places per day for `service`: the day screen. `slots[i]`: the keys of the slots still open
    on `days[i]` (each holding `capacity`)."""

    service: str
    days: tuple[str, ...]  # ISO dates, in the order of the session's options
    slots: tuple[tuple[str, ...], ...]
    capacity: int


class ShowSlots(Effect, frozen=True):
    """Free places per slot of `day`: the slot screen."""

    service: str
    day: str
    slots: tuple[str, ...]  # slot keys, in the order of the session's options
    capacity: int


class ListMine(Effect, frozen=True):
    """The resident's active bookings, shown above the service list."""


class BookVisit(Effect, frozen=True):
    """Take a place (once per inbound message); `move`: the booking whose place this one replaces."""

    service: str
    day: str
    slot: str
    remind: bool
    place: Place
    move: str = ""


class CancelVisit(Effect, frozen=True):
    booking_id: str
    today: str  # ISO: a past booking cannot be cancelled any more


class StaffDayList(Effect, frozen=True):
    """Today's bookings of the office, for staff (ANTRIAN)."""

    day: str


class MarkVisit(Effect, frozen=True):
    """Staff mark today's booking `code` kept (HADIR) or missed (TIDAK HADIR)."""

    code: str
    attended: bool
    actor: str
    day: str
    month: str


def queue(content: Content) -> QueueRules | None:
    """The office's queue rules (antrian.yaml), parsed once per content version; None without the file
    or when it does not parse (the publisher refuses such content, so only an old bundle can have that)."""
    if SECTION not in content.sections:
        return None
    cached = content.derived.get(NAME)
    if cached is None:
        titles = {s.id: s.title for s in content.services}
        try:
            cached = parse_queue(content.sections[SECTION], titles)
        except ValueError:
            cached = False
        content.derived[NAME] = cached
    return cached if isinstance(cached, QueueRules) else None


def service_of(ctx: Context, card_id: str) -> tuple[QueueRules, QueueService] | None:
    rules = queue(ctx.content)
    service = rules.service(card_id) if rules is not None else None
    return (rules, service) if rules is not None and service is not None else None
