"""The morning's booking work, per office: the day's list to staff by e-mail, tomorrow's reminders
to the residents who asked (a template whose button cancels), each once however often it runs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from content_seed.files import load_bundle
from content_seed.publish import validate
from puspa.app.booking_morning import BookingMorning, MorningConfig, next_working_day
from puspa.domain.booking import Place
from puspa.domain.content import Content
from puspa.domain.sender import Sender
from puspa.errors import GraphApiError, NotifyError
from tests.fake_bookings import FakeBookingStore
from tests.fakes import FakeNotificationLedger, FakeSender

OFFICE = Path(__file__).parents[1] / "data" / "offices" / "cileungsi-filled"
OFFICE_ID = "100000000000002"
THURSDAY_MORNING = datetime(2026, 11, 26, 1, 0, tzinfo=UTC)  # 08.00 WIB


class Mailer:
    def __init__(self) -> None:
        self.sent: list[tuple[tuple[str, ...], str, str]] = []

    def send(self, recipients: tuple[str, ...], subject: str, text: str, html: str) -> None:
        self.sent.append((recipients, subject, text))


@pytest.fixture(scope="module")
def office() -> Content:
    return validate(load_bundle(OFFICE))


def place(day: str) -> Place:
    return Place("KTP Elektronik", "Loket 2", "B", "08.00–09.00", 1, 4, 1, 2, "2026-11-25", "2026-11", ())


def seeded() -> FakeBookingStore:
    store = FakeBookingStore()
    at = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    for n, (day, remind) in enumerate([("2026-11-26", True), ("2026-11-26", False), ("2026-11-27", True),
                                       ("2026-11-27", False), ("2026-11-30", True)]):  # fmt: skip
        who = Sender(f"6281200000{n:03d}", "")
        store.book(OFFICE_ID, who, f"h{n}", "ktp_el", day, "0800", remind, place(day), f"m{n}", at)
    return store


def morning(
    store: FakeBookingStore, ledger: FakeNotificationLedger, mailer: Mailer, sender: FakeSender
) -> BookingMorning:
    config = MorningConfig(OFFICE_ID, ("petugas@example.org",), "puspa_pengingat_antrian", "id")
    return BookingMorning(config, store, ledger, mailer, sender)


def test_thursday_morning_lists_thursday_for_staff_and_reminds_fridays_residents_once(office: Content) -> None:
    store, ledger, mailer, sender = seeded(), FakeNotificationLedger(), Mailer(), FakeSender()
    result = morning(store, ledger, mailer, sender).run_office(OFFICE_ID, office, THURSDAY_MORNING)
    assert result == "bookings: list of 2 sent; reminders: 1 sent"
    ((_, subject, text),) = mailer.sent
    assert "Antrian Kamis, 26 November 2026: 2 warga" in subject
    assert "B-001 · 08.00–09.00" in text and "B-002" in text and "6281200000" not in text  # no resident number
    ((office_id, payload),) = sender.sent
    template = payload["template"]
    assert office_id == OFFICE_ID and payload["to"] == "6281200000002" and template["name"] == "puspa_pengingat_antrian"
    body, button = template["components"]
    assert [p["text"] for p in body["parameters"]] == [
        "KTP Elektronik", "Jumat, 27 November 2026 · 08.00–09.00", "B-001", "Loket 2"
    ]  # fmt: skip
    booking_id = next(b.id for b in store.bookings.values() if b.resident_wa_id == "6281200000002")
    assert button["parameters"][0]["payload"] == f"ant:cancel:{booking_id}"

    again = morning(store, ledger, mailer, sender).run_office(OFFICE_ID, office, THURSDAY_MORNING + timedelta(hours=1))
    assert again == "bookings: already sent; reminders: 0 sent" and len(sender.sent) == 1 and len(mailer.sent) == 1


def test_friday_reminds_mondays_visits_and_a_failed_reminder_is_retried(office: Content) -> None:
    store, ledger, mailer, sender = seeded(), FakeNotificationLedger(), Mailer(), FakeSender()
    friday = THURSDAY_MORNING + timedelta(days=1)
    sender.failures.append(GraphApiError("down", code=131000, http_status=500, transient=True))
    with pytest.raises(NotifyError, match="1 booking reminder"):
        morning(store, ledger, mailer, sender).run_office(OFFICE_ID, office, friday)
    assert morning(store, ledger, mailer, sender).run_office(OFFICE_ID, office, friday).endswith("reminders: 1 sent")
    ((_, payload),) = sender.sent
    assert payload["to"] == "6281200000004"  # Monday 30 November: the next working day after Friday


def test_a_resident_who_cannot_receive_it_does_not_fail_every_retry(office: Content) -> None:
    store, ledger, mailer, sender = seeded(), FakeNotificationLedger(), Mailer(), FakeSender()
    friday = THURSDAY_MORNING + timedelta(days=1)
    sender.failures.append(GraphApiError("not a WhatsApp user", code=131026, http_status=400, transient=False))
    assert morning(store, ledger, mailer, sender).run_office(OFFICE_ID, office, friday).endswith("reminders: 0 sent")
    assert morning(store, ledger, mailer, sender).run_office(OFFICE_ID, office, friday).endswith("reminders: 0 sent")
    assert sender.sent == []  # not tried again: it would be refused again


def test_a_cancelled_booking_is_neither_listed_nor_reminded(office: Content) -> None:
    store, ledger, mailer, sender = seeded(), FakeNotificationLedger(), Mailer(), FakeSender()
    friday_booking = next(b for b in store.bookings.values() if b.resident_wa_id == "6281200000002")
    store.cancel(OFFICE_ID, friday_booking.resident_key, "h2", friday_booking.id, "2026-11-25", THURSDAY_MORNING)
    assert morning(store, ledger, mailer, sender).run_office(OFFICE_ID, office, THURSDAY_MORNING).endswith(
        "reminders: 0 sent")  # fmt: skip


def test_an_office_without_antrian_does_nothing_and_the_weekend_is_skipped(office: Content, content: Content) -> None:
    store, ledger, mailer, sender = seeded(), FakeNotificationLedger(), Mailer(), FakeSender()
    assert morning(store, ledger, mailer, sender).run_office(OFFICE_ID, content, THURSDAY_MORNING) == ""
    saturday = THURSDAY_MORNING + timedelta(days=2)
    assert next_working_day(office, saturday.date()) == saturday.date() + timedelta(days=2)
    assert morning(store, ledger, mailer, sender).run_office(OFFICE_ID, office, saturday) == "reminders: 1 sent"
    assert mailer.sent == []  # no list on a closed day
