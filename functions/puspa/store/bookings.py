"""Counter bookings in Firestore.

    bookings/{office}_{message key}          the booking (its id: the message that made it, so a
                                             redelivery finds it instead of booking twice)
    booking_places/{office}_{day}_{code}     one per taken place, created in the booking's transaction:
                                             a second create of the same place fails, so a place is
                                             never sold twice; deleted when cancelled, free at once
    booking_days/{office}_{service}_{day}    the numbers taken per slot (array union/remove in the same
                                             transactions, never read there): the day and slot screens
    booking_holds/{office}_{holder}          the resident's active bookings and missed visits per month
                                             (holder: a keyed hash of the resident, never the number);
                                             read in every booking transaction of that resident, so the
                                             per-resident limit holds under duplicate and concurrent deliveries

Simultaneous bookings of one slot contend only on the place they both try (a failed create, then the
next number), never on a shared counter.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from google.cloud import firestore
from google.cloud.firestore_v1.base_query import FieldFilter

from puspa.domain.booking import Booked, Booking, BookingStatus, BookResult, Marked, Place, queue_code
from puspa.domain.sender import Sender
from puspa.errors import ConcurrentUpdateError
from puspa.store.base import BOUNDED, FirestoreStore

BOOKINGS, PLACES, DAYS, HOLDS = "bookings", "booking_places", "booking_days", "booking_holds"
KEEP_BOOKING = timedelta(days=45)  # after the visit day: the month's report counts it, then it goes
KEEP_PLACE = timedelta(days=2)  # places and day tallies: after the visit day
KEEP_HOLD = timedelta(days=62)  # after the last change: the month's missed visits must outlive the month


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), UTC)


class FirestoreBookingStore:
    def __init__(self, store: FirestoreStore) -> None:
        self._store = store
        self._client = store.client

    def _doc(self, collection: str, *parts: str) -> Any:
        return self._client.collection(collection).document("_".join(parts).replace("/", "_"))

    # --- screens ---------------------------------------------------------------------------------

    def taken(self, office_id: str, service: str, days: Iterable[str]) -> dict[str, dict[str, int]]:
        """Places taken per slot on each day (one read per day, in one call)."""
        refs = [self._doc(DAYS, office_id, service, day) for day in days]
        if not refs:
            return {}
        snapshots = self._store.call(None, lambda: list(self._client.get_all(refs, **BOUNDED)))
        self._store.tally(len(refs), 0)
        result: dict[str, dict[str, int]] = {}
        for snapshot in snapshots:
            data = snapshot.to_dict() or {}
            day = snapshot.id.rsplit("_", 1)[-1]
            result[day] = {slot: len(numbers or []) for slot, numbers in (data.get("taken") or {}).items()}
        return result

    # --- booking -------------------------------------------------------------------------------

    def book(
        self, office_id: str, resident: Sender, holder: str, service: str, day: str, slot: str, remind: bool,
        place: Place, message_key: str, now: datetime, move: str = "",
    ) -> Booked:  # fmt: skip
        """A place in `slot` of `day`, or why not. Replays of the same message answer what it got."""
        day_ref = self._doc(DAYS, office_id, service, day)
        hint = self._store.call("reads", lambda: day_ref.get(**BOUNDED))
        taken = {n for numbers in ((hint.to_dict() or {}).get("taken") or {}).values() for n in numbers or []}
        booking_id = move or f"{office_id}_{message_key}"
        for number in (n for n in range(place.first, place.last + 1) if n not in taken):
            attempt = functools.partial(self._take, office_id=office_id, resident=resident, holder=holder,
                                        service=service, day=day, slot=slot, remind=remind, place=place,
                                        message_key=message_key, now=now, move=move, booking_id=booking_id,
                                        number=number)  # fmt: skip
            try:
                result: Booked = self._store.transact(firestore.transactional(attempt))
            except ConcurrentUpdateError:
                continue  # taken by a simultaneous booking: the next number
            return result
        replayed = self._replayed(booking_id, message_key, move)
        if replayed is not None:
            return Booked(BookResult.BOOKED, replayed)
        return Booked(BookResult.FULL, alternative=self._next_free(office_id, service, place.later))

    def _replayed(self, booking_id: str, message_key: str, move: str) -> Booking | None:
        snapshot = self._store.call("reads", lambda: self._doc(BOOKINGS, booking_id).get(**BOUNDED))
        data = snapshot.to_dict() or {}
        if snapshot.exists and (not move or message_key in (data.get("handled") or [])):
            return Booking.from_dict(data)
        return None

    def _take(
        self, transaction: Any, *, office_id: str, resident: Sender, holder: str, service: str, day: str, slot: str,
        remind: bool, place: Place, message_key: str, now: datetime, move: str, booking_id: str, number: int,
    ) -> Booked:  # fmt: skip
        booking_ref = self._doc(BOOKINGS, booking_id)
        hold_ref = self._doc(HOLDS, office_id, holder)
        existing = booking_ref.get(transaction=transaction, **BOUNDED)
        hold = hold_ref.get(transaction=transaction, **BOUNDED)
        self._store.tally(2, 0)
        data = existing.to_dict() or {}
        if existing.exists and (not move or message_key in (data.get("handled") or [])):
            return Booked(BookResult.BOOKED, Booking.from_dict(data))  # a replay: what it got the first time
        held = (hold.to_dict() or {}) if hold.exists else {}
        active = {
            bid: entry for bid, entry in (held.get("active") or {}).items()
            if str(entry.get("day", "")) >= place.today
        }  # fmt: skip
        previous: Booking | None = None
        if move:
            previous = Booking.from_dict(data) if existing.exists else None
            if (
                previous is None
                or previous.resident_key != resident.key
                or previous.service != service  # a move keeps its service
                or not previous.active_on(date.fromisoformat(place.today))
            ):
                return Booked(BookResult.GONE)
        else:
            missed = int((held.get("missed") or {}).get(place.month, 0))
            if missed >= place.missed_limit:
                return Booked(BookResult.PAUSED, missed=missed)
            same = sorted(bid for bid, entry in active.items() if entry.get("service") == service)
            if len(same) >= place.per_resident:
                kept = self._doc(BOOKINGS, same[0]).get(transaction=transaction, **BOUNDED)
                self._store.tally(1, 0)
                return Booked(BookResult.LIMIT, Booking.from_dict(kept.to_dict() or {}) if kept.exists else None)
        code = queue_code(place.letter, number)
        visit = date.fromisoformat(day)
        booking = Booking(
            booking_id, office_id, service, place.title, visit, slot, place.slot_label, code, resident.key,
            resident.wa_id, resident.user_id, BookingStatus.AKTIF, remind, previous.created_at if previous else now,
            place.counter, moved=(previous.moved + 1) if previous else 0,
        )  # fmt: skip
        transaction.create(
            self._doc(PLACES, office_id, day, code),
            {"booking_id": booking_id, "office_id": office_id, "expire_at": _midnight(visit) + KEEP_PLACE},
        )
        transaction.set(self._doc(DAYS, office_id, service, day),
                        {"office_id": office_id, "taken": {slot: firestore.ArrayUnion([number])},
                         "expire_at": _midnight(visit) + KEEP_PLACE}, merge=True)  # fmt: skip
        handled = [*(data.get("handled") or [])[-10:], message_key]
        transaction.set(booking_ref, {**booking.to_dict(), "handled": handled,
                                      "expire_at": _midnight(visit) + KEEP_BOOKING})  # fmt: skip
        if previous is not None:
            self._free(transaction, previous)
            active.pop(previous.id, None)
        active[booking_id] = {"service": service, "day": day}
        transaction.set(hold_ref, {"office_id": office_id, "active": active, "missed": held.get("missed") or {},
                                   "expire_at": now + KEEP_HOLD})  # fmt: skip
        self._store.tally(0, 4 + (2 if previous is not None else 0))
        return Booked(BookResult.BOOKED, booking)

    def _free(self, transaction: Any, booking: Booking) -> None:
        """Give the booking's place back (in the caller's transaction): deleted, and out of the day's tally."""
        day = booking.day.isoformat()
        number = int(booking.code.split("-")[1])
        transaction.delete(self._doc(PLACES, booking.office_id, day, booking.code))
        transaction.set(self._doc(DAYS, booking.office_id, booking.service, day),
                        {"taken": {booking.slot: firestore.ArrayRemove([number])}}, merge=True)  # fmt: skip

    def _next_free(
        self, office_id: str, service: str, later: tuple[tuple[str, str, int], ...]
    ) -> tuple[str, str] | None:
        taken = self.taken(office_id, service, dict.fromkeys(day for day, _, _ in later))
        for day, slot, capacity in later:
            if taken.get(day, {}).get(slot, 0) < capacity:
                return day, slot
        return None

    # --- cancelling, marking -------------------------------------------------------------------

    def cancel(self, office_id: str, resident_key: str, holder: str, booking_id: str, today: str,
               now: datetime) -> Booking | None:  # fmt: skip
        """The resident's booking cancelled (again on a replay); None when it is not theirs or no longer active."""
        if not booking_id.startswith(f"{office_id}_"):
            return None
        booking_ref, hold_ref = self._doc(BOOKINGS, booking_id), self._doc(HOLDS, office_id, holder)

        @firestore.transactional
        def cancel(transaction: Any) -> Booking | None:
            snapshot = booking_ref.get(transaction=transaction, **BOUNDED)
            hold = hold_ref.get(transaction=transaction, **BOUNDED)
            if not snapshot.exists:
                return None
            booking = Booking.from_dict(snapshot.to_dict() or {})
            if booking.resident_key != resident_key:
                return None
            if booking.status is BookingStatus.BATAL:
                return booking
            if not booking.active_on(date.fromisoformat(today)):
                return None
            transaction.update(booking_ref, {"status": BookingStatus.BATAL.value, "cancelled_at": now})
            self._free(transaction, booking)
            if hold.exists:
                transaction.update(hold_ref, {f"active.`{booking_id}`": firestore.DELETE_FIELD})
            return booking.with_status(BookingStatus.BATAL)

        result: Booking | None = self._store.transact(cancel)
        self._store.tally(2, 4 if result is not None else 0)
        return result

    def mark(self, office_id: str, holder_of: Any, day: str, code: str, attended: bool, actor: str, month: str,
             now: datetime) -> Marked:  # fmt: skip
        """Today's booking `code` marked kept or missed by staff; a second mark the same way changes
        nothing (a replay), the other way corrects it (and the month's missed count with it).
        `holder_of(resident_key)`: the resident's hold key."""
        place = self._store.call("reads", lambda: self._doc(PLACES, office_id, day, code).get(**BOUNDED))
        if not place.exists:
            return Marked(None)
        booking_ref = self._doc(BOOKINGS, str((place.to_dict() or {}).get("booking_id", "")))
        wanted = BookingStatus.HADIR if attended else BookingStatus.TIDAK_HADIR

        @firestore.transactional
        def mark(transaction: Any) -> Marked:
            snapshot = booking_ref.get(transaction=transaction, **BOUNDED)
            if not snapshot.exists:
                return Marked(None)
            booking = Booking.from_dict(snapshot.to_dict() or {})
            if booking.status in (wanted, BookingStatus.BATAL):
                return Marked(booking, changed=False)
            hold_ref = self._doc(HOLDS, office_id, holder_of(booking.resident_key))
            missed = (
                1 if wanted is BookingStatus.TIDAK_HADIR else -1 if booking.status is BookingStatus.TIDAK_HADIR else 0
            )
            transaction.update(booking_ref, {"status": wanted.value, "marked_by": actor, "marked_at": now})
            transaction.set(hold_ref, {"office_id": office_id, "active": {booking.id: firestore.DELETE_FIELD},
                                       "missed": {month: firestore.Increment(missed)},
                                       "expire_at": now + KEEP_HOLD}, merge=True)  # fmt: skip
            return Marked(booking.with_status(wanted, actor, now))

        result: Marked = self._store.transact(mark)
        self._store.tally(1, 2 if result.changed and result.booking is not None else 0)
        return result

    # --- lists -----------------------------------------------------------------------------------

    def _query(self, office_id: str, *filters: tuple[str, str, Any], limit: int = 500) -> tuple[Booking, ...]:
        query = self._client.collection(BOOKINGS).where(filter=FieldFilter("office_id", "==", office_id))
        for field, op, value in filters:
            query = query.where(filter=FieldFilter(field, op, value))
        snapshots = self._store.call(None, lambda: list(query.limit(limit).stream(**BOUNDED)))
        self._store.tally(max(1, len(snapshots)), 0)
        return tuple(Booking.from_dict(s.to_dict() or {}) for s in snapshots)

    def mine(self, office_id: str, resident_key: str) -> tuple[Booking, ...]:
        """The resident's bookings at this office, every one (cancelled ones are kept until 45 days after
        their day: a resident who often books and cancels has more than a screen holds)."""
        snapshots = self._store.resident_documents(BOOKINGS, office_id, resident_key, limit=1000)
        return tuple(Booking.from_dict(s.to_dict() or {}) for s in snapshots)

    def of_day(self, office_id: str, day: str) -> tuple[Booking, ...]:
        return self._query(office_id, ("day", "==", day))

    def to_remind(self, office_id: str, day: str) -> tuple[Booking, ...]:
        """The day's active bookings whose resident asked to be reminded."""
        found = self._query(office_id, ("day", "==", day), ("remind", "==", True))
        return tuple(b for b in found if b.status is BookingStatus.AKTIF)

    def between(self, office_id: str, first: str, last: str) -> tuple[Booking, ...]:
        """Bookings for visits from `first` to `last` (ISO days, both included): the monthly report."""
        return self._query(office_id, ("day", ">=", first), ("day", "<=", last), limit=5000)

    # --- erasure -------------------------------------------------------------------------------

    def erase_resident_bookings(self, office_id: str, resident_key: str, holder: str) -> tuple[str, ...]:
        """The resident's bookings at this office, gone (active ones give their place back) with their hold."""
        bookings = self.mine(office_id, resident_key)
        for start in range(0, max(len(bookings), 1), 100):  # up to 300 writes a batch
            batch = self._client.batch()
            for booking in bookings[start : start + 100]:
                if booking.status is BookingStatus.AKTIF:
                    self._free(batch, booking)
                batch.delete(self._doc(BOOKINGS, booking.id))
            if start == 0:
                batch.delete(self._doc(HOLDS, office_id, holder))
            self._store.call("deletes", functools.partial(batch.commit, **BOUNDED))
        return tuple(sorted(b.code for b in bookings))
