"""BookingStore in memory: the same places, replay, limit and missed-visit rules as the Firestore
adapter (tests/contract/test_booking_store.py runs one suite against both)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any

from puspa.domain.booking import Booked, Booking, BookingStatus, BookResult, Marked, Place, queue_code
from puspa.domain.sender import Sender


class FakeBookingStore:
    def __init__(self) -> None:
        self.bookings: dict[str, Booking] = {}
        self.handled: dict[str, list[str]] = {}
        self.places: dict[tuple[str, str, str], str] = {}  # (office, day, code) -> booking id
        self.holds: dict[tuple[str, str], dict[str, Any]] = {}
        self.lock = threading.Lock()

    def _taken_numbers(self, office_id: str, service: str, day: str) -> dict[str, list[int]]:
        taken: dict[str, list[int]] = {}
        for (office, place_day, code), booking_id in self.places.items():
            booking = self.bookings[booking_id]
            if office == office_id and place_day == day and booking.service == service:
                taken.setdefault(booking.slot, []).append(int(code.split("-")[1]))
        return taken

    def taken(self, office_id: str, service: str, days: Iterable[str]) -> dict[str, dict[str, int]]:
        with self.lock:
            return {
                day: {slot: len(n) for slot, n in self._taken_numbers(office_id, service, day).items()} for day in days
            }

    def book(
        self, office_id: str, resident: Sender, holder: str, service: str, day: str, slot: str, remind: bool,
        place: Place, message_key: str, now: datetime, move: str = "",
    ) -> Booked:  # fmt: skip
        with self.lock:
            booking_id = move or f"{office_id}_{message_key}"
            existing = self.bookings.get(booking_id)
            if existing is not None and (not move or message_key in self.handled.get(booking_id, [])):
                return Booked(BookResult.BOOKED, existing)
            hold = self.holds.setdefault((office_id, holder), {"active": {}, "missed": {}})
            active = {b: e for b, e in hold["active"].items() if e["day"] >= place.today}
            if move:
                if existing is None or existing.resident_key != resident.key or existing.service != service:
                    return Booked(BookResult.GONE)
                if not existing.active_on(date.fromisoformat(place.today)):
                    return Booked(BookResult.GONE)
            else:
                missed = hold["missed"].get(place.month, 0)
                if missed >= place.missed_limit:
                    return Booked(BookResult.PAUSED, missed=missed)
                same = sorted(b for b, e in active.items() if e["service"] == service)
                if len(same) >= place.per_resident:
                    return Booked(BookResult.LIMIT, self.bookings.get(same[0]))
            free = [
                n
                for n in range(place.first, place.last + 1)
                if (office_id, day, queue_code(place.letter, n)) not in self.places
            ]  # a place of any service
            if not free:
                return Booked(BookResult.FULL, alternative=self._next_free(office_id, service, place.later))
            code = queue_code(place.letter, free[0])
            booking = Booking(
                booking_id, office_id, service, place.title, date.fromisoformat(day), slot, place.slot_label, code,
                resident.key, resident.wa_id, resident.user_id, BookingStatus.AKTIF, remind,
                existing.created_at if existing else now, place.counter, moved=(existing.moved + 1) if existing else 0,
            )  # fmt: skip
            if existing is not None:
                del self.places[(office_id, existing.day.isoformat(), existing.code)]
                active.pop(existing.id, None)
            self.places[(office_id, day, code)] = booking_id
            self.bookings[booking_id] = booking
            self.handled.setdefault(booking_id, []).append(message_key)
            active[booking_id] = {"service": service, "day": day}
            hold["active"] = active
            return Booked(BookResult.BOOKED, booking)

    def _next_free(
        self, office_id: str, service: str, later: tuple[tuple[str, str, int], ...]
    ) -> tuple[str, str] | None:
        for day, slot, capacity in later:
            if len(self._taken_numbers(office_id, service, day).get(slot, [])) < capacity:
                return day, slot
        return None

    def cancel(
        self, office_id: str, resident_key: str, holder: str, booking_id: str, today: str, now: datetime
    ) -> Booking | None:
        with self.lock:
            booking = self.bookings.get(booking_id)
            if booking is None or booking.office_id != office_id or booking.resident_key != resident_key:
                return None
            if booking.status is BookingStatus.BATAL:
                return booking
            if not booking.active_on(date.fromisoformat(today)):
                return None
            del self.places[(office_id, booking.day.isoformat(), booking.code)]
            self.holds.get((office_id, holder), {"active": {}})["active"].pop(booking_id, None)
            self.bookings[booking_id] = booking.with_status(BookingStatus.BATAL)
            return self.bookings[booking_id]

    def mark(
        self, office_id: str, holder_of: Callable[[str], str], day: str, code: str, attended: bool, actor: str,
        month: str, now: datetime,
    ) -> Marked:  # fmt: skip
        with self.lock:
            booking_id = self.places.get((office_id, day, code))
            booking = self.bookings.get(booking_id or "")
            if booking is None:
                return Marked(None)
            wanted = BookingStatus.HADIR if attended else BookingStatus.TIDAK_HADIR
            if booking.status in (wanted, BookingStatus.BATAL):
                return Marked(booking, changed=False)
            hold = self.holds.setdefault((office_id, holder_of(booking.resident_key)), {"active": {}, "missed": {}})
            hold["active"].pop(booking.id, None)
            change = (
                1 if wanted is BookingStatus.TIDAK_HADIR else -1 if booking.status is BookingStatus.TIDAK_HADIR else 0
            )
            hold["missed"][month] = hold["missed"].get(month, 0) + change
            self.bookings[booking.id] = booking.with_status(wanted, actor, now)
            return Marked(self.bookings[booking.id])

    def mine(self, office_id: str, resident_key: str) -> tuple[Booking, ...]:
        return tuple(b for b in self.bookings.values() if b.office_id == office_id and b.resident_key == resident_key)

    def of_day(self, office_id: str, day: str) -> tuple[Booking, ...]:
        return tuple(b for b in self.bookings.values() if b.office_id == office_id and b.day.isoformat() == day)

    def to_remind(self, office_id: str, day: str) -> tuple[Booking, ...]:
        return tuple(b for b in self.of_day(office_id, day) if b.remind and b.status is BookingStatus.AKTIF)

    def between(self, office_id: str, first: str, last: str) -> tuple[Booking, ...]:
        return tuple(
            b for b in self.bookings.values() if b.office_id == office_id and first <= b.day.isoformat() <= last
        )

    def erase_resident_bookings(self, office_id: str, resident_key: str, holder: str) -> tuple[str, ...]:
        with self.lock:
            mine = self.mine(office_id, resident_key)
            for booking in mine:
                if booking.status is BookingStatus.AKTIF:  # its place is given back; a used place stays used
                    self.places.pop((office_id, booking.day.isoformat(), booking.code), None)
                del self.bookings[booking.id]
            self.holds.pop((office_id, holder), None)
            return tuple(sorted(b.code for b in mine))
