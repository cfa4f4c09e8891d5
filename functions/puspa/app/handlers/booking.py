"""Ambil antrian's shell side: free places, booking, moving, cancelling, staff's list and marks,
erasure, STATUS, and the pages of its form on one screen (the Flows endpoint's provider for the
`bkg:flow:` tokens). Its store port is declared here, beside the only handlers that use it."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from puspa.app.effect_handlers import Scope
from puspa.conversation.booking import on_screen
from puspa.conversation.booking.model import (
    NAME,
    BookVisit,
    CancelVisit,
    ListMine,
    MarkVisit,
    ShowDays,
    ShowSlots,
    StaffDayList,
    queue,
)
from puspa.domain.booking import Booked, Booking, Marked, Place, free_places
from puspa.domain.results import Erasure
from puspa.domain.sender import Sender
from puspa.errors import FlowTokenError

if TYPE_CHECKING:
    from puspa.app.content_cache import ContentCache
    from puspa.app.flow_endpoint import FlowRequest, FlowScreen

log = logging.getLogger(__name__)


class BookingStore(Protocol):
    def taken(self, office_id: str, service: str, days: Iterable[str]) -> dict[str, dict[str, int]]: ...

    def book(
        self, office_id: str, resident: Sender, holder: str, service: str, day: str, slot: str, remind: bool,
        place: Place, message_key: str, now: datetime, move: str = "",
    ) -> Booked: ...  # fmt: skip

    def cancel(
        self, office_id: str, resident_key: str, holder: str, booking_id: str, today: str, now: datetime
    ) -> Booking | None: ...

    def mark(
        self, office_id: str, holder_of: Callable[[str], str], day: str, code: str, attended: bool, actor: str,
        month: str, now: datetime,
    ) -> Marked: ...  # fmt: skip

    def mine(self, office_id: str, resident_key: str) -> tuple[Booking, ...]: ...

    def of_day(self, office_id: str, day: str) -> tuple[Booking, ...]: ...

    def to_remind(self, office_id: str, day: str) -> tuple[Booking, ...]: ...

    def between(self, office_id: str, first: str, last: str) -> tuple[Booking, ...]: ...

    def erase_resident_bookings(self, office_id: str, resident_key: str, holder: str) -> tuple[str, ...]: ...


def _holder(scope: Scope, resident_key: str) -> str:
    """The resident's hold document key: a keyed hash, never the number."""
    return scope.keyed(NAME, resident_key)


def show_days(effect: ShowDays, scope: Scope, bookings: BookingStore) -> dict[str, int]:
    taken = bookings.taken(scope.office_id, effect.service, effect.days)
    return {
        day: sum(free_places(effect.capacity, slots, taken.get(day, {})).values())
        for day, slots in zip(effect.days, effect.slots, strict=True)
    }


def show_slots(effect: ShowSlots, scope: Scope, bookings: BookingStore) -> dict[str, int]:
    taken = bookings.taken(scope.office_id, effect.service, (effect.day,)).get(effect.day, {})
    return free_places(effect.capacity, effect.slots, taken)


def list_mine(effect: ListMine, scope: Scope, bookings: BookingStore) -> tuple[Booking, ...]:
    return bookings.mine(scope.office_id, scope.inbound.sender.key)


def book(effect: BookVisit, scope: Scope, bookings: BookingStore) -> Booked:
    sender = scope.inbound.sender
    result = bookings.book(
        scope.office_id, sender, _holder(scope, sender.key), effect.service, effect.day, effect.slot, effect.remind,
        effect.place, scope.message_key, scope.now, effect.move,
    )  # fmt: skip
    log.info("booking of %s on %s: %s%s", effect.service, effect.day, result.result.value,
             f" {result.booking.code}" if result.booking else "")  # fmt: skip
    return result


def cancel(effect: CancelVisit, scope: Scope, bookings: BookingStore) -> Booking | None:
    sender = scope.inbound.sender
    booking = bookings.cancel(
        scope.office_id, sender.key, _holder(scope, sender.key), effect.booking_id, effect.today, scope.now
    )
    log.info("booking cancel: %s", booking.code if booking else "not found")
    return booking


def day_list(effect: StaffDayList, scope: Scope, bookings: BookingStore) -> tuple[Booking, ...]:
    return bookings.of_day(scope.office_id, effect.day)


def mark(effect: MarkVisit, scope: Scope, bookings: BookingStore) -> Marked:
    result = bookings.mark(
        scope.office_id, lambda key: _holder(scope, key), effect.day, effect.code, effect.attended, effect.actor,
        effect.month, scope.now,
    )  # fmt: skip
    log.info("staff marked %s %s: %s", effect.code, "hadir" if effect.attended else "tidak hadir",
             "ok" if result.booking else "not found")  # fmt: skip
    return result


def erase(scope: Scope, bookings: BookingStore) -> Erasure:
    key = scope.inbound.sender.key
    return Erasure(deleted=bookings.erase_resident_bookings(scope.office_id, key, _holder(scope, key)))


def find(scope: Scope, code: str, prefix: str | None, bookings: BookingStore) -> tuple[Booking, ...]:
    if code or prefix is not None:  # STATUS <kode> names another kind's code; queue numbers are not looked up so
        return ()
    return bookings.mine(scope.office_id, scope.inbound.sender.key)


def booking_screen(
    request: FlowRequest, contents: ContentCache, bookings: BookingStore, clock: Callable[[], datetime]
) -> FlowScreen:
    """The booking form's next page, for the Flows endpoint: the office from the token (nothing else
    of the request is trusted), its content from the cache, the free places from one `taken()` call."""
    from puspa.app.flow_endpoint import UNKNOWN_FORM, FlowScreen  # the endpoint's process only

    token = on_screen.read_token(request.flow_token)
    if token is None:
        raise FlowTokenError(UNKNOWN_FORM)
    now = clock()
    if not on_screen.valid_for(token, now):
        raise FlowTokenError(on_screen.ENDPOINT_EXPIRED)
    content = contents.get(token.office_id)
    if content is None or queue(content) is None:
        raise FlowTokenError(on_screen.ENDPOINT_OFF)
    page = on_screen.next_page(request.action, request.screen, request.data, token, content, now)
    if isinstance(page, on_screen.Reading):
        taken = bookings.taken(token.office_id, page.service, page.days)
        page = on_screen.page_with_places(page, taken, content, now)
    screen, data = page
    log.info("booking form: %s %s -> %s", request.action, request.screen or "-", screen)
    return FlowScreen(screen, data)


HANDLERS = {
    ShowDays: show_days,
    ShowSlots: show_slots,
    ListMine: list_mine,
    BookVisit: book,
    CancelVisit: cancel,
    StaffDayList: day_list,
    MarkVisit: mark,
}
ERASE = (erase,)
FIND = {NAME: find}
FLOW_PROVIDERS = {on_screen.TOKEN_PREFIX: booking_screen}
