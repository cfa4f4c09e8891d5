"""The BookingStore contract (Ambil antrian), on the fake and on the Firestore adapter: places are
never sold twice, a cancelled place is free at once, replays book once, the per-resident limit and
the missed-visit rule hold, and 20 simultaneous residents for the last 3 places get exactly 3."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from typing import Any

import pytest

from puspa.app.handlers.booking import BookingStore
from puspa.domain.booking import BookingStatus, BookResult, Place
from puspa.domain.sender import Sender
from tests.conftest import OFFICE_ID, PROJECT
from tests.fake_bookings import FakeBookingStore

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
DAY, NEXT = "2026-11-26", "2026-11-27"
OTHER_OFFICE = "106540352249999"


def resident(n: int) -> Sender:
    return Sender(f"62812000{n:05d}", "")


LATER = ((DAY, "0900", 4), (NEXT, "0800", 4))


def place(first: int = 1, last: int = 4, *, per_resident: int = 1, missed_limit: int = 2, slot: str = "08.00–09.00",
          later: tuple[tuple[str, str, int], ...] = LATER, letter: str = "B") -> Place:  # fmt: skip
    return Place("KTP-el", "Loket 2", letter, slot, first, last, per_resident, missed_limit, "2026-11-25", "2026-11",
                 later)  # fmt: skip


KK = place(letter="A")


def holder(key: str) -> str:
    return f"h-{key}"


def book(store: BookingStore, n: int, key: str, day: str = DAY, slot: str = "0800", service: str = "ktp_el",
         move: str = "", at: Place | None = None) -> Any:  # fmt: skip
    who = resident(n)
    return store.book(OFFICE_ID, who, holder(who.key), service, day, slot, False, at or place(), key, NOW, move)


@pytest.fixture(params=["fake", pytest.param("firestore", marks=pytest.mark.emulator)])
def store(request: pytest.FixtureRequest) -> BookingStore:
    if request.param == "fake":
        return FakeBookingStore()
    request.getfixturevalue("firestore_host")
    from puspa.store import FirestoreStore
    from puspa.store.bookings import FirestoreBookingStore

    return FirestoreBookingStore(FirestoreStore.for_project(PROJECT))


def test_places_are_numbered_in_the_slot_and_a_replay_books_once(store: BookingStore) -> None:
    first = book(store, 1, "m1")
    again = book(store, 1, "m1")
    second = book(store, 2, "m2")
    ninth = book(store, 3, "m3", slot="1000", at=place(9, 12, slot="10.00–11.00"))
    assert first.result is BookResult.BOOKED and first.booking.code == "B-001"
    assert again.booking == first.booking and second.booking.code == "B-002" and ninth.booking.code == "B-009"
    assert store.taken(OFFICE_ID, "ktp_el", [DAY, NEXT]) == {DAY: {"0800": 2, "1000": 1}, NEXT: {}}
    assert [b.code for b in store.mine(OFFICE_ID, resident(1).key)] == ["B-001"]
    assert store.mine(OTHER_OFFICE, resident(1).key) == ()


def test_two_services_never_share_a_number(store: BookingStore) -> None:
    book(store, 1, "m1")
    same_letter = book(store, 2, "m2", service="kk")  # a misconfigured office: its place is still its own
    assert same_letter.booking.code == "B-002"


def test_a_full_slot_offers_the_next_free_one(store: BookingStore) -> None:
    for n in range(4):
        book(store, n, f"m{n}")
    full = book(store, 9, "m9")
    assert full.result is BookResult.FULL and full.alternative == (DAY, "0900")
    assert full.booking is None


def test_the_limit_per_resident_and_per_service(store: BookingStore) -> None:
    book(store, 1, "m1")
    limit = book(store, 1, "m2", day=NEXT)
    assert limit.result is BookResult.LIMIT and limit.booking is not None and limit.booking.code == "B-001"
    other_service = book(store, 1, "m3", service="kk", at=KK)
    assert other_service.result is BookResult.BOOKED
    two_allowed = book(store, 1, "m4", day=NEXT, at=place(per_resident=2))
    assert two_allowed.result is BookResult.BOOKED


def test_cancelling_frees_the_place_at_once_and_only_the_owner_can(store: BookingStore) -> None:
    booking = book(store, 1, "m1").booking
    assert store.cancel(OFFICE_ID, resident(2).key, holder(resident(2).key), booking.id, "2026-11-25", NOW) is None
    cancelled = store.cancel(OFFICE_ID, resident(1).key, holder(resident(1).key), booking.id, "2026-11-25", NOW)
    assert cancelled is not None and cancelled.status is BookingStatus.BATAL
    again = store.cancel(OFFICE_ID, resident(1).key, holder(resident(1).key), booking.id, "2026-11-25", NOW)
    assert again is not None and again.status is BookingStatus.BATAL  # a replay
    assert store.taken(OFFICE_ID, "ktp_el", [DAY]) == {DAY: {"0800": 0}} or store.taken(
        OFFICE_ID, "ktp_el", [DAY]) == {DAY: {}}  # fmt: skip
    assert book(store, 2, "m2").booking.code == "B-001"  # the freed place
    assert book(store, 1, "m3", day=NEXT).result is BookResult.BOOKED  # the cancelled one no longer counts


def test_moving_keeps_the_booking_and_frees_its_old_place(store: BookingStore) -> None:
    booking = book(store, 1, "m1").booking
    moved = book(store, 1, "m2", day=NEXT, move=booking.id)
    assert moved.result is BookResult.BOOKED and moved.booking.id == booking.id and moved.booking.moved == 1
    assert moved.booking.day.isoformat() == NEXT
    assert book(store, 1, "m2", day=NEXT, move=booking.id).booking == moved.booking  # a replay of the move
    assert book(store, 2, "m3").booking.code == "B-001"
    stolen = book(store, 2, "m4", day=NEXT, slot="0900", move=booking.id, at=place(5, 8))
    assert stolen.result is BookResult.GONE  # not theirs


def test_a_move_keeps_its_service(store: BookingStore) -> None:
    booking = book(store, 1, "m1").booking
    other = book(store, 1, "m2", service="kk", move=booking.id, at=KK)
    assert other.result is BookResult.GONE and store.mine(OFFICE_ID, resident(1).key)[0].service == "ktp_el"


def test_erasure_removes_every_booking_however_many(store: BookingStore) -> None:
    who = resident(1)
    for n in range(35):  # a resident who booked and cancelled often
        made = book(store, 1, f"m{n}").booking
        store.cancel(OFFICE_ID, who.key, holder(who.key), made.id, "2026-11-25", NOW)
    assert len(store.mine(OFFICE_ID, who.key)) == 35
    store.erase_resident_bookings(OFFICE_ID, who.key, holder(who.key))
    assert store.mine(OFFICE_ID, who.key) == ()


def test_staff_marks_count_missed_visits_and_the_limit_pauses_booking(store: BookingStore) -> None:
    book(store, 1, "m1")
    book(store, 2, "m2")
    missed = store.mark(OFFICE_ID, holder, DAY, "B-001", False, "petugas •••1", "2026-11", NOW)
    assert missed.booking is not None and missed.booking.status is BookingStatus.TIDAK_HADIR and missed.changed
    replay = store.mark(OFFICE_ID, holder, DAY, "B-001", False, "petugas •••1", "2026-11", NOW)
    assert not replay.changed
    kept = store.mark(OFFICE_ID, holder, DAY, "B-002", True, "petugas •••1", "2026-11", NOW)
    assert kept.booking is not None and kept.booking.status is BookingStatus.HADIR
    assert store.mark(OFFICE_ID, holder, DAY, "B-003", True, "petugas", "2026-11", NOW).booking is None
    assert book(store, 1, "m3", day=NEXT).result is BookResult.BOOKED  # one miss of two allowed
    store.mark(OFFICE_ID, holder, NEXT, "B-001", False, "petugas", "2026-11", NOW)
    paused = book(store, 1, "m4", day=NEXT, slot="0900", at=place(5, 8))
    assert paused.result is BookResult.PAUSED and paused.missed == 2
    store.mark(OFFICE_ID, holder, NEXT, "B-001", True, "petugas", "2026-11", NOW)  # corrected: she came
    assert book(store, 1, "m5", day=NEXT, slot="0900", at=place(5, 8)).result is BookResult.BOOKED


def test_lists_for_staff_reminders_and_the_report(store: BookingStore) -> None:
    who = resident(1)
    store.book(OFFICE_ID, who, holder(who.key), "ktp_el", DAY, "0800", True, place(), "m1", NOW)
    book(store, 2, "m2")
    book(store, 3, "m3", day=NEXT)
    assert sorted(b.code for b in store.of_day(OFFICE_ID, DAY)) == ["B-001", "B-002"]
    assert [b.code for b in store.to_remind(OFFICE_ID, DAY)] == ["B-001"]
    assert len(store.between(OFFICE_ID, "2026-11-01", "2026-11-30")) == 3
    assert store.between(OFFICE_ID, "2026-12-01", "2026-12-31") == ()


def test_erasure_removes_the_residents_bookings_and_frees_active_places(store: BookingStore) -> None:
    book(store, 1, "m1")
    book(store, 1, "m2", service="kk", at=KK)
    book(store, 2, "m3")
    assert store.erase_resident_bookings(OFFICE_ID, resident(1).key, holder(resident(1).key)) == ("A-001", "B-001")
    assert store.mine(OFFICE_ID, resident(1).key) == ()
    assert book(store, 4, "m4").booking.code == "B-001"  # Siti's place is free again


def test_twenty_residents_for_the_last_three_places_get_exactly_three(store: BookingStore) -> None:
    for n in range(1, 2):
        book(store, 100 + n, f"early{n}", at=place(1, 4))  # one of four places taken: three left
    results: list[Any] = []
    lock = threading.Lock()
    start = threading.Barrier(20)

    def attempt(n: int) -> None:
        start.wait()
        result = book(store, n, f"rush{n}", at=place(1, 4))
        with lock:
            results.append(result)

    threads = [threading.Thread(target=attempt, args=(n,)) for n in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    booked = [r for r in results if r.result is BookResult.BOOKED]
    full = [r for r in results if r.result is BookResult.FULL]
    assert len(booked) == 3 and len(full) == 17
    assert sorted(r.booking.code for r in booked) == ["B-002", "B-003", "B-004"]
    assert all(r.alternative == (DAY, "0900") for r in full)
    assert store.taken(OFFICE_ID, "ktp_el", [DAY]) == {DAY: {"0800": 4}}
