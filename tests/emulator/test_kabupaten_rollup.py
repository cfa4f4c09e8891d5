"""Two kecamatan on one deployment, a month of their residents on Google's emulator, then the monthly
scheduler call: each office's report to its own people, and the kabupaten roll-up after them, read
as the Bagian Organisasi would read it (the HTML opened in headless Chromium at phone width)."""

from __future__ import annotations

import copy
import csv
import io
import json
import shutil
import subprocess
from datetime import UTC, date, datetime, timedelta
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
from puspa.app.rollup_service import RollupConfig, RollupService
from puspa.app.webhook_service import ServiceConfig, WebhookService
from puspa.conversation.dialogue import Rules
from puspa.domain.delivery import FloodPolicy
from puspa.domain.registration import Draft, Status
from puspa.domain.sender import Sender
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
SHOTS = Path(__file__).parents[2] / ".run" / "screenshots"
CARIU = "106540352240005"  # test data: a second kecamatan of Kabupaten Bogor
STAFF_JONGGOL, STAFF_CARIU = "6285700000001", "6285700000021"
CARIU_STAFF = {
    "petugas": [
        {"nama": "Wawan", "nomor": STAFF_CARIU, "peran": "admin", "email": "wawan@cariu.test"},
        {"nama": "Ibu Camat", "nomor": "6285700000022", "peran": "camat", "email": "camat@cariu.test"},
    ],
}
ORGANISASI = ("organisasi@bogorkab.test",)
FIRST_WORKING_DAY = datetime(2026, 12, 1, 1, 0, tzinfo=UTC)  # Tuesday 1 December, 08.00 WIB


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _inbound(office_id: str, sender: str, text: str, number: int) -> Any:
    payload = json.loads((HOOKS / "text.json").read_text())
    value = payload["entry"][0]["changes"][0]["value"]
    value["metadata"]["phone_number_id"] = office_id
    value["messages"][0].update({"id": f"wamid.{office_id[-4:]}{number:04d}", "from": sender, "text": {"body": text}})
    if text == "/survei":
        value["messages"][0].pop("text")
        value["messages"][0].update({"type": "interactive", "interactive": {
            "type": "button_reply", "button_reply": {"id": "srv:start", "title": "Mulai survei"}}})  # fmt: skip
    return parse_webhook(json.dumps(payload).encode()).messages[0]


def _month_at(service: WebhookService, store: FirestoreStore, clock: Clock, office_id: str, staff: str,
              residents: list[str], scores: list[str], decided_after: timedelta) -> None:  # fmt: skip
    """November at one office: cards read, the same question without a card from every resident, a
    question answered by staff and closed with a survey, a registration decided `decided_after` later."""
    first, *_ = residents
    morning = clock.now
    script = [(r, "harga beras hari ini berapa ya bu") for r in residents] + [
        (first, "syarat bikin kk"), (first, "tanya petugas"), (first, "Apakah surat pindah bisa diurus di desa saja?"),
        (staff, "JAWAB TNY-2026-0001 Bisa, di desa."), (first, "JELAS TNY-2026-0001"), (first, "/survei"),
        *((first, score) for score in scores), (first, "Tidak ada saran."),
    ]  # fmt: skip
    for number, (sender, text) in enumerate(script, start=1):
        clock.now += timedelta(minutes=20)
        service.process(_inbound(office_id, sender, text, number))
    registrations = FirestoreRegistrationStore(store)
    draft = Draft("SITI", "3201064512900001", "Cibodas", "003/005", "pernikahan", date(2026, 12, 19),
                  "08.00–14.00 WIB", "Kp. Cibodas", 300, "tidak_ada", residents[-1])  # fmt: skip
    code = registrations.submit_registration(office_id, Sender(residents[-1], ""), draft, f"w-{office_id}", morning,
                                             morning + timedelta(days=90), 2026).code  # fmt: skip
    registrations.change_status(office_id, code, Status.DISETUJUI, "petugas", "", f"ok-{office_id}",
                                morning + decided_after)  # fmt: skip


@pytest.fixture
def kabupaten(firestore_host: str, bundle: dict[str, Any]) -> FirestoreStore:
    """Jonggol (the deployment's own office, no petugas.yaml yet) and Cariu (its staff published), with
    a day of November at each, kept by the daily digest."""
    store = FirestoreStore.for_project(PROJECT)
    store.publish_content(OFFICE_ID, version_of(bundle), bundle, published_by="test")
    cariu = copy.deepcopy(bundle)
    cariu["kantor"]["nama"], cariu["petugas"] = "Kecamatan Cariu", CARIU_STAFF
    store.publish_content(CARIU, version_of(cariu), cariu, published_by="test")
    clock = Clock(datetime(2026, 11, 23, 2, 0, tzinfo=UTC))  # Monday 09.00 WIB
    stores = dependencies(store, timedelta(days=30), timedelta(days=90))
    rules = Rules(staff_by_office={OFFICE_ID: frozenset({STAFF_JONGGOL})})
    config = ServiceConfig(APP_SECRET, VERIFY_TOKEN, rules, timedelta(days=30), FloodPolicy(burst=1000))
    service = WebhookService(config, store, ContentCache(store, 60), FakeSender(),
                             EffectRunner.bound(handler_modules(), stores, clock), clock)  # fmt: skip
    jonggol = ["6281100000001", "6281100000002", "6281100000003"]
    _month_at(service, store, clock, OFFICE_ID, STAFF_JONGGOL, jonggol, list("444434444"), timedelta(hours=2))
    clock.now = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)  # Cariu's busy Tuesday
    cariu_residents = ["6281100000011", "6281100000012", "6281100000013", "6281100000014"]
    _month_at(service, store, clock, CARIU, STAFF_CARIU, cariu_residents, list("332333323"), timedelta(hours=5))
    tickets = FirestoreTicketStore(store, keep_closed=timedelta(days=30))
    digest_day = datetime(2026, 11, 25, 1, 0, tzinfo=UTC)  # Wednesday 08.00 WIB: both days are kept, per office
    digest = DigestService(
        DigestConfig(OFFICE_ID, ()),
        tickets,
        FirestoreNotificationLedger(store),
        None,
        ContentCache(store, 60),
        lambda: digest_day,
        FirestoreUnansweredStore(store),
        store,
    )
    assert not digest.run().failed
    return store


def _services(store: FirestoreStore, mail: MailSink) -> tuple[ReportService, RollupService]:
    source = FirestoreMonthSource(store, FirestoreTicketStore(store, keep_closed=timedelta(days=30)))
    ledger, cache = FirestoreNotificationLedger(store), ContentCache(store, 60)
    mailer = SmtpMailer(SmtpConfig("127.0.0.1", mail.port, "none", "", "", "puspa@example.org"))
    clock = lambda: FIRST_WORKING_DAY  # noqa: E731
    rollup = RollupService(RollupConfig(ORGANISASI, OFFICE_ID), source, ledger, mailer, cache, clock)
    reports = ReportService(ReportConfig(OFFICE_ID, ("camat@jonggol.test",)), source, ledger, mailer, cache, clock,
                            rollup)  # fmt: skip
    return reports, rollup


def test_the_monthly_call_reports_each_office_to_its_own_people_then_the_kabupaten(
    kabupaten: FirestoreStore, mail_sink: MailSink
) -> None:
    reports, _ = _services(kabupaten, mail_sink)
    summary = reports.run()
    assert not summary.failed
    assert summary.text().splitlines() == [
        f"{CARIU}: sent report 2026-11",
        f"{OFFICE_ID}: sent report 2026-11",
        "kabupaten: sent roll-up 2026-11 (2 office(s))",
    ]
    sent = {message["Subject"]: (recipients, message) for recipients, message in mail_sink.messages}
    assert sent["[PUSPA Kecamatan Jonggol] Laporan bulanan November 2026"][0] == ["camat@jonggol.test"]
    assert sent["[PUSPA Kecamatan Cariu] Laporan bulanan November 2026"][0] == ["wawan@cariu.test", "camat@cariu.test"]
    recipients, rollup = sent["[PUSPA Kabupaten Bogor] Rekap bulanan kecamatan November 2026"]
    assert recipients == list(ORGANISASI)
    text = rollup.get_body(("plain",)).get_content()
    assert "IKM gabungan 83,33, mutu pelayanan B (Baik), dari 2 responden di 2 kecamatan." in text
    assert "Kecamatan Cariu: IKM 69,44, mutu C (Kurang baik) (1 responden); 1 pertanyaan" in text
    assert "Kecamatan Jonggol: IKM 97,22, mutu A (Sangat baik) (1 responden)" in text
    assert "median keputusan 5,0 jam kerja" in text and "median keputusan 2,0 jam kerja" in text
    assert '"harga beras hari ini berapa ya bu" (7 warga, 2 kecamatan)' in text
    assert not any(number in text for number in ("62811000000", STAFF_CARIU))  # no resident, no staff number
    (attachment,) = [part for part in rollup.walk() if part.get_filename() == "puspa-rekap-2026-11.csv"]
    rows = list(csv.reader(io.StringIO(attachment.get_content().removeprefix("\ufeff")), delimiter=";"))
    assert [row[1] for row in rows[1:]] == ["Kecamatan Cariu", "Kecamatan Jonggol", "Semua kecamatan (gabungan)"]
    assert rows[1][2:5] == ["1", "69,44", "C"] and rows[3][2:5] == ["2", "83,33", "B"]
    assert reports.run().text().splitlines()[-1] == "kabupaten: already sent"  # the scheduler's retry


def test_the_rollup_reads_well_on_a_phone(kabupaten: FirestoreStore, mail_sink: MailSink, tmp_path: Path) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    assert chromium, "Debian's chromium is installed by make test when missing (see the Makefile)"
    reports, rollup = _services(kabupaten, mail_sink)
    for office in (OFFICE_ID, CARIU):
        reports.figures("2026-11", office)
    files = rollup.write("2026-11", tmp_path / "rekap")
    page = tmp_path / "rekap" / "rekap.html"
    assert page in files and (tmp_path / "rekap" / "unsur_kecamatan.png").exists()
    SHOTS.mkdir(parents=True, exist_ok=True)
    shot = SHOTS / "kabupaten-rollup.png"
    common = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=412,2400"]
    subprocess.run([*common, f"--screenshot={shot}", page.as_uri()], check=True, capture_output=True, timeout=120)
    assert shot.exists() and shot.stat().st_size > 20_000
    dom = subprocess.run([*common, "--dump-dom", page.as_uri()], check=True, capture_output=True, text=True,
                         timeout=120).stdout  # fmt: skip
    assert "Rekap bulanan PUSPA Kabupaten Bogor" in dom and "November 2026 · 2 kecamatan" in dom
    assert "83,33" in dom and "B · Baik" in dom  # both kecamatan's answers together
    assert dom.count("<img") == 2 and "U8 Penanganan pengaduan" in dom
