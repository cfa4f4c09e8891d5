"""A month of activity on Google's emulator, then the monthly report from it: the figures, the kept
aggregate, the e-mail with inline charts and CSV, and the HTML opened in headless Chromium."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from content_seed.publish import version_of
from localdev.mail_sink import MailSink
from puspa.app.bootstrap import dependencies, handler_modules
from puspa.app.content_cache import ContentCache
from puspa.app.digest_service import DigestConfig, DigestService
from puspa.app.effect_handlers import EffectRunner
from puspa.app.report_service import ReportConfig, ReportService
from puspa.app.webhook_service import ServiceConfig, WebhookService
from puspa.conversation.dialogue import Rules
from puspa.domain.delivery import FloodPolicy
from puspa.mail import SmtpConfig, SmtpMailer
from puspa.store import (
    FirestoreMonthSource,
    FirestoreNotificationLedger,
    FirestoreRegistrationStore,
    FirestoreStore,
    FirestoreTicketStore,
    FirestoreUnansweredStore,
)
from puspa.whatsapp.webhook import parse_webhook
from tests.conftest import APP_SECRET, OFFICE_ID, PROJECT, VERIFY_TOKEN
from tests.fakes import FakeSender

HOOKS = Path(__file__).parents[1] / "data" / "webhooks"
STAFF = "6285700000001"
SHOTS = Path(__file__).parents[2] / ".run" / "screenshots"


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _message(sender: str, text: str, number: int) -> Any:
    payload = json.loads((HOOKS / "text.json").read_text())
    payload["entry"][0]["changes"][0]["value"]["messages"][0].update(
        {"id": f"wamid.M{number:04d}", "from": sender, "text": {"body": text}}
    )
    return parse_webhook(json.dumps(payload).encode()).messages[0]


@pytest.fixture
def month(firestore_host: str, bundle: dict[str, Any]) -> tuple[FirestoreStore, Clock]:
    """November 2026 at Kecamatan Jonggol: cards read, a question answered and closed with a survey,
    a registration approved, questions without a card."""
    store = FirestoreStore.for_project(PROJECT)
    store.publish_content(OFFICE_ID, version_of(bundle), bundle, published_by="test")
    clock = Clock(datetime(2026, 11, 23, 2, 0, tzinfo=UTC))  # Monday 09.00 WIB
    stores = dependencies(store, timedelta(days=30), timedelta(days=90))
    tickets, registrations = stores["tickets"], FirestoreRegistrationStore(store)
    rules = Rules(admin_ids=frozenset({STAFF}))
    config = ServiceConfig(APP_SECRET, VERIFY_TOKEN, rules, timedelta(days=30), FloodPolicy(burst=1000))
    service = WebhookService(config, store, ContentCache(store, 60), FakeSender(),
                             EffectRunner.bound(handler_modules(), stores, clock), clock)  # fmt: skip
    script = [
        ("6281100000001", "syarat bikin kk"), ("6281100000001", "ktp hilang"),
        ("6281100000002", "harga beras hari ini berapa ya bu"), ("6281100000003", "harga beras hari ini berapa ya bu"),
        ("6281100000002", "tanya petugas"), ("6281100000002", "Apakah surat pindah bisa diurus di desa saja?"),
        (STAFF, "JAWAB TNY-2026-0001 Bisa, Bu, di desa."), ("6281100000002", "JELAS TNY-2026-0001"),
        ("6281100000002", "Mulai survei"),
    ]  # fmt: skip
    number = 0
    for sender, text in script:
        number += 1
        clock.now += timedelta(minutes=30)
        inbound = _message(sender, text, number)
        if text == "Mulai survei":
            inbound = parse_webhook(_tap(sender, "srv:start", number)).messages[0]
        service.process(inbound)
    for answer in ["4", "3", "3", "4", "4", "3", "4", "2", "3", "Antrean panjang, tolong tambah loket."]:
        number += 1
        clock.now += timedelta(seconds=20)
        service.process(_message("6281100000002", answer, number))
    code = registrations.submit_registration(  # a registration made and approved the same day
        OFFICE_ID, _sender("6281100000004"), _draft(), "w-reg", clock.now, clock.now + timedelta(days=90), 2026
    ).code
    registrations.change_status(OFFICE_ID, code, _approved(), "petugas …0001", "", "w-ok",
                                       clock.now + timedelta(hours=2))  # fmt: skip
    digest_day = datetime(2026, 11, 24, 1, 0, tzinfo=UTC)  # Tuesday 08.00 WIB: yesterday is collected
    DigestService(DigestConfig(OFFICE_ID, ()), tickets, FirestoreNotificationLedger(store), None,
                  ContentCache(store, 60), lambda: digest_day, FirestoreUnansweredStore(store),
                  store).run()  # fmt: skip
    return store, clock


def _tap(sender: str, choice: str, number: int) -> bytes:
    payload = json.loads((HOOKS / "button_reply.json").read_text())
    message = payload["entry"][0]["changes"][0]["value"]["messages"][0]
    message.update({"id": f"wamid.T{number:04d}", "from": sender})
    message["interactive"]["button_reply"]["id"] = choice
    return json.dumps(payload).encode()


def _sender(wa_id: str) -> Any:
    from puspa.domain.sender import Sender

    return Sender(wa_id, "")


def _draft() -> Any:
    from datetime import date

    from puspa.domain.registration import Draft

    return Draft("SITI", "3201064512900001", "Cibodas", "003/005", "pernikahan", date(2026, 12, 19), "08.00–14.00 WIB",
                 "Kp. Cibodas", 300, "tidak_ada", "6281100000004")  # fmt: skip


def _approved() -> Any:
    from puspa.domain.registration import Status

    return Status.DISETUJUI


def _report(store: FirestoreStore, now: datetime, mail: MailSink | None = None) -> ReportService:
    tickets = FirestoreTicketStore(store, keep_closed=timedelta(days=30))
    mailer = SmtpMailer(SmtpConfig("127.0.0.1", mail.port, "none", "", "", "puspa@example.org")) if mail else None
    emails = ("camat@example.org",) if mail else ()
    return ReportService(ReportConfig(OFFICE_ID, emails), FirestoreMonthSource(store, tickets),
                         FirestoreNotificationLedger(store), mailer, ContentCache(store, 60), lambda: now)  # fmt: skip


def test_a_month_of_activity_becomes_the_report(month: tuple[FirestoreStore, Clock], tmp_path: Path) -> None:
    store, _ = month
    built = _report(store, datetime(2026, 12, 1, 2, 0, tzinfo=UTC)).build("2026-11")
    report = built.report
    assert report.survey.overall.respondents == 1
    assert round(report.survey.overall.converted, 2) == round((4 + 3 + 3 + 4 + 4 + 3 + 4 + 2 + 3) / 9 * 25, 2)
    assert report.survey.suggestions == ("Antrean panjang, tolong tambah loket.",)
    assert report.survey.lowest[0] == ("u8", 2.0)
    assert report.work.registrations == {"disetujui": 1} and report.work.decision_hours_median == 2.0
    assert report.work.questions == 1 and report.work.answer_hours_median is not None
    assert report.work.resident_days == 3 and report.work.messages == 18  # three residents; staff are not counted
    assert ("kk", 1) in report.work.top_cards
    assert report.work.unanswered_total == 3 and report.work.unanswered == ()  # too few residents to quote a text
    kept = store.client.collection("monthly_reports").document(f"{OFFICE_ID}_2026-11").get().to_dict()
    assert kept["respondents"] == 1 and kept["grade"] in "ABCD" and "6281100000002" not in json.dumps(kept, default=str)
    rows = list(csv.reader(io.StringIO(built.csv.removeprefix("\ufeff")), delimiter=";"))
    assert rows[0] == ["periode", "bagian", "ukuran", "nilai", "mutu"]
    assert ["2026-11", "Ringkasan", "Responden survei", "1", ""] in rows
    assert all(png.startswith(b"\x89PNG") for png in built.charts.values())


def test_the_report_is_emailed_once_on_the_first_working_day(
    month: tuple[FirestoreStore, Clock], mail_sink: MailSink
) -> None:
    store, _ = month
    assert _report(store, datetime(2026, 11, 30, 2, 0, tzinfo=UTC), mail_sink).run_office(OFFICE_ID) == (
        "not the first working day of the month"
    )
    first_working_day = datetime(2026, 12, 1, 1, 0, tzinfo=UTC)  # Tuesday 1 December, 08.00 WIB
    (answer,) = store.client.collection("survey_answers").stream()
    assert store.client.collection("survey_keys").document(f"{OFFICE_ID}_2026-11").get().exists
    assert _report(store, first_working_day, mail_sink).run_office(OFFICE_ID) == "sent report 2026-11"
    # November is reported: its survey key is gone and its answer moved to a random id, with no time on it.
    assert not store.client.collection("survey_keys").document(f"{OFFICE_ID}_2026-11").get().exists
    (sealed,) = store.client.collection("survey_answers").stream()
    assert sealed.id != answer.id and sealed.to_dict()["scores"] == answer.to_dict()["scores"]
    assert set(sealed.to_dict()) == {"office_id", "period", "service_id", "scores", "suggestion", "sealed", "expire_at"}
    assert _report(store, first_working_day, mail_sink).run_office(OFFICE_ID) == "already sent"
    ((recipients, message),) = mail_sink.messages
    assert recipients == ["camat@example.org"]
    assert message["Subject"] == "[PUSPA Kecamatan Jonggol] Laporan bulanan November 2026"
    assert "mutu pelayanan B (Baik), dari 1 responden survei" in message.get_body(("plain",)).get_content()
    parts = {part.get_filename(): part.get_content_type() for part in message.walk() if part.get_filename()}
    assert parts == {"unsur.png": "image/png", "tren.png": "image/png", "beban.png": "image/png",
                     "puspa-2026-11.csv": "text/csv"}  # fmt: skip


def test_the_html_report_reads_well_in_a_browser(month: tuple[FirestoreStore, Clock], tmp_path: Path) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    assert chromium, "Debian's chromium is installed by make test when missing (see the Makefile)"
    store, _ = month
    files = _report(store, datetime(2026, 12, 1, 2, 0, tzinfo=UTC)).write("2026-11", tmp_path / "laporan")
    page = tmp_path / "laporan" / "laporan.html"
    assert page in files and (tmp_path / "laporan" / "unsur.png").exists()
    SHOTS.mkdir(parents=True, exist_ok=True)
    shot = SHOTS / "monthly-report.png"
    common = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=412,2400"]
    subprocess.run([*common, f"--screenshot={shot}", page.as_uri()], check=True, capture_output=True, timeout=120)
    assert shot.exists() and shot.stat().st_size > 20_000  # a phone-width page with charts, not a blank one
    dom = subprocess.run([*common, "--dump-dom", page.as_uri()], check=True, capture_output=True, text=True,
                         timeout=120).stdout  # fmt: skip
    assert "Laporan bulanan PUSPA Kecamatan Jonggol" in dom and "November 2026" in dom
    assert "83,33" in dom and "B · Baik" in dom and "Perhatian: IKM ini baru dari 1 responden" in dom
    assert dom.count("<img") == 3


def test_a_failed_first_morning_is_made_up_the_next(month: tuple[FirestoreStore, Clock], mail_sink: MailSink) -> None:
    store, _ = month
    mail_sink.stop()  # the SMTP server is down on the first working day
    with pytest.raises(Exception, match="monthly report e-mail failed"):
        _report(store, datetime(2026, 12, 1, 1, 0, tzinfo=UTC), mail_sink).run_office(OFFICE_ID)
    restarted = MailSink()
    try:
        assert (
            _report(store, datetime(2026, 12, 2, 1, 0, tzinfo=UTC), restarted).run_office(OFFICE_ID)
            == "sent report 2026-11"
        )
        assert len(restarted.messages) == 1
    finally:
        restarted.stop()
