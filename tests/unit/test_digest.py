"""The digest's notion of "unanswered after a working day", with in-memory parts."""

from __future__ import annotations

import copy
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from puspa.app.content_cache import ContentCache
from puspa.app.digest_service import DigestConfig, DigestService
from puspa.domain.content import Content
from puspa.domain.ticket import Entry, Ticket, TicketStatus
from puspa.errors import MailError, NotifyError
from tests.conftest import OFFICE_ID
from tests.fakes import FakeContentSource

WIB = timezone(timedelta(hours=7))


class Ledger:
    def __init__(self) -> None:
        self.sent: set[str] = set()

    def claim(self, ledger_id: str, channel: str, now: datetime, lease: timedelta) -> bool:
        return ledger_id not in self.sent

    def mark_sent(self, ledger_id: str, channel: str, now: datetime) -> None:
        self.sent.add(ledger_id)

    def release(self, ledger_id: str, channel: str) -> None:
        self.sent.discard(ledger_id)


class Mailer:
    def __init__(self) -> None:
        self.texts: list[str] = []

    def send(self, recipients: tuple[str, ...], subject: str, text: str, html: str) -> None:
        self.texts.append(text)


def ticket(code: str, asked: datetime, follow_up: datetime | None = None) -> Ticket:
    thread = [Entry("warga", "pertanyaan", asked)]
    if follow_up is not None:
        thread += [Entry("petugas …0001", "jawaban", asked), Entry("warga", "lanjutan", follow_up)]
    return Ticket(code, OFFICE_ID, "62812", "62812", "", "Siti", "", TicketStatus.TERBUKA, asked, tuple(thread))


@pytest.mark.parametrize(
    ("asked", "digest_at", "overdue"),
    [
        (datetime(2026, 11, 23, 8, 30, tzinfo=WIB), datetime(2026, 11, 24, 8, 0, tzinfo=WIB), True),  # Mon → Tue
        (datetime(2026, 11, 23, 8, 30, tzinfo=WIB), datetime(2026, 11, 23, 15, 0, tzinfo=WIB), False),  # same day
        (datetime(2026, 11, 27, 19, 0, tzinfo=WIB), datetime(2026, 11, 30, 8, 0, tzinfo=WIB), False),  # Fri night → Mon
        (datetime(2026, 11, 27, 19, 0, tzinfo=WIB), datetime(2026, 12, 1, 8, 0, tzinfo=WIB), True),  # → Tue
    ],
)
def test_overdue_after_a_working_day(
    bundle: dict[str, Any], content: Content, asked: datetime, digest_at: datetime, overdue: bool
) -> None:
    mailer = Mailer()

    class Source:
        def unanswered(self, office_id: str) -> tuple[Ticket, ...]:
            return (ticket("TNY-2026-0001", asked),)

    cache = ContentCache(FakeContentSource(OFFICE_ID, bundle), 60)
    service = DigestService(
        DigestConfig(OFFICE_ID, ("camat@example.org",)), Source(), Ledger(), mailer, cache, lambda: digest_at
    )
    assert (service.run_office(OFFICE_ID) == "sent 1 overdue question(s)") is overdue


def test_a_follow_up_restarts_the_wait(bundle: dict[str, Any]) -> None:
    old, follow_up = datetime(2026, 11, 16, 9, 0, tzinfo=WIB), datetime(2026, 11, 25, 10, 0, tzinfo=WIB)

    class Source:
        def unanswered(self, office_id: str) -> tuple[Ticket, ...]:
            return (ticket("TNY-2026-0001", old, follow_up),)

    cache = ContentCache(FakeContentSource(OFFICE_ID, bundle), 60)
    service = DigestService(DigestConfig(OFFICE_ID, ("camat@example.org",)), Source(), Ledger(), Mailer(), cache,
                            lambda: datetime(2026, 11, 25, 15, 0, tzinfo=WIB))  # fmt: skip
    assert service.run_office(OFFICE_ID) == "nothing overdue"


def holiday_digest(bundle: dict[str, Any], at: datetime, mailer: Mailer) -> DigestService:
    class Source:
        def unanswered(self, office_id: str) -> tuple[Ticket, ...]:
            return ()

    cache = ContentCache(FakeContentSource(OFFICE_ID, bundle), 60)
    return DigestService(DigestConfig(OFFICE_ID, ("camat@example.org",)), Source(), Ledger(), mailer, cache, lambda: at)


@pytest.mark.parametrize(
    ("at", "told", "when"),
    [
        (datetime(2026, 9, 28, 8, 0, tzinfo=WIB), False, ""),  # 2027 still more than 90 days away
        (datetime(2026, 10, 5, 8, 0, tzinfo=WIB), True, "mulai menghitung hari kerja tahun itu pada Senin, 7 Desember"),
        (datetime(2026, 10, 7, 8, 0, tzinfo=WIB), False, ""),  # weekly, on Mondays, while the form does not need it
        (datetime(2026, 12, 8, 8, 0, tzinfo=WIB), True, "sudah menghitung hari kerja tahun itu, dengan cadangan"),
        (datetime(2026, 12, 10, 8, 0, tzinfo=WIB), True, "sudah menghitung"),  # every day once the form needs it
    ],
)
def test_staff_are_told_weeks_ahead_that_next_years_holidays_are_not_loaded(
    bundle: dict[str, Any], at: datetime, told: bool, when: str
) -> None:
    mailer = Mailer()
    result = holiday_digest(bundle, at, mailer).run_office(OFFICE_ID)
    assert (result == "nothing overdue") is not told
    if told:
        (text,) = mailer.texts
        assert text.startswith("Hari libur 2027 belum dimuat. Daftar libur nasional dan cuti bersama 2027 belum ada")
        assert when in text and "salinan resmi SKB 3 Menteri" in text and "terbitkan ulang konten" in text


def test_no_holiday_reminder_once_next_year_is_loaded(bundle: dict[str, Any]) -> None:
    loaded = copy.deepcopy(bundle)
    loaded["kantor"]["hari_libur"] += [{"tanggal": f"2027-{m:02d}-01", "nama": "Libur uji"} for m in range(1, 13)]
    mailer = Mailer()
    digest = holiday_digest(loaded, datetime(2026, 12, 10, 8, 0, tzinfo=WIB), mailer)
    assert digest.run_office(OFFICE_ID) == "nothing overdue"
    assert mailer.texts == []


def test_a_past_day_is_kept_without_anything_that_identifies_a_resident(bundle: dict[str, Any]) -> None:
    from tests.fakes import FakeUnansweredStore

    monday = datetime(2026, 11, 23, 10, 0, tzinfo=WIB)
    questions = FakeUnansweredStore()
    for resident in ("6281", "6282", "6283"):
        questions.asked[f"{OFFICE_ID}_{resident}"] = [("kapan ada bansos lagi", monday)]
    questions.asked[f"{OFFICE_ID}_6284"] = [("rumah bu haji aminah dimana", monday), ("kapan ada bansos lagi", monday)]

    class Source:
        def unanswered(self, office_id: str) -> tuple[Ticket, ...]:
            return ()

    cache = ContentCache(FakeContentSource(OFFICE_ID, bundle), 60)
    tuesday = datetime(2026, 11, 24, 8, 0, tzinfo=WIB)
    digest = DigestService(DigestConfig(OFFICE_ID, ()), Source(), Ledger(), None, cache, lambda: tuesday, questions)
    digest.run_office(OFFICE_ID)
    day = questions.days[(OFFICE_ID, "2026-11-23")]
    assert (day["total"], day["residents"], day["texts"]) == (5, 4, {"kapan ada bansos lagi": 4})
    assert "aminah" not in str(day)
    questions.forget_resident_questions(OFFICE_ID, f"{OFFICE_ID}_6284")  # HAPUS DATA SAYA
    assert day["texts"] == {"kapan ada bansos lagi": 3}
    questions.forget_resident_questions(OFFICE_ID, f"{OFFICE_ID}_6283")
    assert day["texts"] == {} and day["total"] == 5


def test_a_refused_digest_email_does_not_hold_back_the_mornings_whatsapp_work(bundle: dict[str, Any]) -> None:
    asked = datetime(2026, 11, 20, 9, 0, tzinfo=WIB)

    class Source:
        def unanswered(self, office_id: str) -> tuple[Ticket, ...]:
            return (ticket("TNY-2026-0001", asked),)

    class Refusing(Mailer):
        def send(self, recipients: tuple[str, ...], subject: str, text: str, html: str) -> None:
            raise MailError("550 mailbox unavailable", transient=False)

    class Morning:
        def __init__(self) -> None:
            self.runs: list[str] = []

        def run_office(self, office_id: str, content: Content, now: datetime) -> str:
            self.runs.append(office_id)
            return "reminders: 1 sent"

    morning = Morning()
    cache = ContentCache(FakeContentSource(OFFICE_ID, bundle), 60)
    service = DigestService(DigestConfig(OFFICE_ID, ("camat@example.org",)), Source(), Ledger(), Refusing(), cache,
                            lambda: datetime(2026, 11, 25, 8, 0, tzinfo=WIB), morning=morning)  # fmt: skip
    with pytest.raises(NotifyError):
        service.run_office(OFFICE_ID)
    assert morning.runs == [OFFICE_ID]  # the reminders went; the digest is retried by the scheduler
