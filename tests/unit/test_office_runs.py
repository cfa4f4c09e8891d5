"""One scheduler call serves every office (issue 24): each office's digest and monthly report go to that
office's own recipients with its own content; one office's failure (a refused address, content that
does not load) is logged at ERROR, the others go on, the call reports failure, and its retry redoes
only the failed office. On fakes."""

from __future__ import annotations

import copy
import logging
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from puspa.app.content_cache import ContentCache
from puspa.app.digest_service import DigestConfig, DigestService
from puspa.app.report_service import ReportConfig, ReportService
from puspa.domain.ticket import Entry, Ticket, TicketStatus
from puspa.errors import MailError
from tests.conftest import OFFICE_ID
from tests.fakes import FakeContentSource, FakeMonthSource, FakeNotificationLedger

WIB = timezone(timedelta(hours=7))
UJI, SEPI, RUSAK = "106540352240002", "106540352240003", "106540352240004"  # test data: three more kecamatan
SETTINGS_EMAILS = ("lama@kecamatan.test",)  # PUSPA_ADMIN_EMAILS: the deployment's own office only
STAFF = {
    "petugas": [
        {"nama": "Rina", "nomor": "6285700000011", "peran": "petugas", "email": "rina@uji.test"},
        {"nama": "Dodi", "nomor": "6285700000012", "peran": "admin", "email": "dodi@uji.test"},
        {"nama": "Bu Camat", "nomor": "6285700000013", "peran": "camat", "email": "camat@uji.test"},
    ],
}


def _office(bundle: dict[str, Any], name: str, staff: dict[str, Any] | None) -> dict[str, Any]:
    changed = copy.deepcopy(bundle)
    changed["kantor"]["nama"] = name
    if staff is not None:
        changed["petugas"] = staff
    return changed


@pytest.fixture
def offices(bundle: dict[str, Any]) -> FakeContentSource:
    """Jonggol (the deployment's own office, no petugas.yaml yet), Uji (its staff published), Sepi
    (published, nobody to e-mail) and Rusak (content that does not load)."""
    source = FakeContentSource(OFFICE_ID, _office(bundle, "Kecamatan Jonggol", None))
    source.published[UJI] = ("v1", _office(bundle, "Kecamatan Uji", STAFF))
    source.published[SEPI] = ("v1", _office(bundle, "Kecamatan Sepi", None))
    source.published[RUSAK] = ("v1", {"kantor": "bukan data kantor"})
    return source


class Mailer:
    """Records each e-mail; refuses a message whose recipients include an address in `refused`, as an
    SMTP server refuses an unknown mailbox."""

    def __init__(self) -> None:
        self.sent: list[tuple[tuple[str, ...], str]] = []
        self.refused: set[str] = set()

    def send(self, recipients: tuple[str, ...], subject: str, text: str, html: str, **parts: Any) -> None:
        if self.refused & set(recipients):
            raise MailError("SMTP 550: b'5.1.1 <rina@uji.test>: Recipient address rejected'", transient=False)
        self.sent.append((recipients, subject))


class Waiting:
    """One question per office, unanswered since Monday."""

    def unanswered(self, office_id: str) -> tuple[Ticket, ...]:
        asked = datetime(2026, 11, 23, 9, 0, tzinfo=WIB)
        thread = (Entry("warga", "pertanyaan", asked),)
        status = TicketStatus.TERBUKA
        return (Ticket("TNY-2026-0001", office_id, "6281", "6281", "", "Siti", "", status, asked, thread),)


@pytest.fixture
def errors(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """PUSPA's log records (the `puspa` logger stops propagating once a function has configured it)."""
    logger = logging.getLogger("puspa")
    stopped = not logger.propagate
    if stopped:
        logger.addHandler(caplog.handler)
    caplog.set_level(logging.INFO, logger="puspa")
    yield caplog
    if stopped:
        logger.removeHandler(caplog.handler)


def test_one_digest_call_serves_every_office_and_its_retry_redoes_only_the_failed_one(
    offices: FakeContentSource, errors: pytest.LogCaptureFixture
) -> None:
    mailer, ledger = Mailer(), FakeNotificationLedger()
    tuesday = datetime(2026, 11, 24, 8, 0, tzinfo=WIB)
    digest = DigestService(DigestConfig(OFFICE_ID, SETTINGS_EMAILS), Waiting(), ledger, mailer,
                           ContentCache(offices, 60), lambda: tuesday)  # fmt: skip
    mailer.refused = {"rina@uji.test"}
    first = digest.run()
    assert first.failed
    assert {o.office_id: o.result for o in first.outcomes} == {
        OFFICE_ID: "sent 1 overdue question(s)",
        UJI: "failed: NotifyError",
        SEPI: "no e-mail configured",
        RUSAK: "failed: StoreUnavailableError",
    }
    # each office's digest went to its own people, with its own name: Jonggol's to the settings' address
    assert mailer.sent == [(SETTINGS_EMAILS, "[PUSPA Kecamatan Jonggol] 1 pertanyaan belum dijawab")]
    failures = [r.getMessage() for r in errors.records if r.levelno == logging.ERROR and r.name.endswith("office_runs")]
    assert len(failures) == 2 and any(f"office {UJI} failed" in f for f in failures)
    assert not any("rina@" in f for f in failures) and any("…@uji.test" in f for f in failures)  # no address logged
    assert any(f"office {SEPI} has no one to e-mail" in r.getMessage() and r.levelno == logging.INFO
               for r in errors.records)  # fmt: skip

    mailer.refused = set()  # the address is corrected in petugas.yaml; the scheduler retries the call
    retry = digest.run()
    assert {o.office_id: o.result for o in retry.outcomes if not o.failed} == {
        OFFICE_ID: "already sent today",
        UJI: "sent 1 overdue question(s)",
        SEPI: "no e-mail configured",
    }
    # Uji's notices go to its petugas and admin, not to its camat (reports only) nor to the settings' address
    assert mailer.sent[1] == (("rina@uji.test", "dodi@uji.test"), "[PUSPA Kecamatan Uji] 1 pertanyaan belum dijawab")
    assert len(mailer.sent) == 2 and retry.failed  # Rusak's content still does not load: still reported
    assert f"{RUSAK}: failed: StoreUnavailableError" in retry.text().splitlines()


def test_one_report_call_serves_every_office_each_to_its_own_report_recipients(offices: FakeContentSource) -> None:
    mailer, ledger, source = Mailer(), FakeNotificationLedger(), FakeMonthSource()
    source.surveys.submit_survey(UJI, "r1", "2026-11", "kk", {f"u{n}": 4 for n in range(1, 10)}, "")
    first_working_day = datetime(2026, 12, 1, 1, 0, tzinfo=UTC)  # Tuesday 1 December, 08.00 WIB
    reports = ReportService(ReportConfig(OFFICE_ID, SETTINGS_EMAILS), source, ledger, mailer, ContentCache(offices, 60),
                            lambda: first_working_day)  # fmt: skip
    mailer.refused = {"dodi@uji.test"}
    first = reports.run()
    assert first.failed and {o.office_id for o in first.outcomes if o.failed} == {UJI, RUSAK}
    assert mailer.sent == [(SETTINGS_EMAILS, "[PUSPA Kecamatan Jonggol] Laporan bulanan November 2026")]
    # Sepi has no one to e-mail: its month is still kept (for the kabupaten roll-up) and its survey sealed
    assert source.aggregates[(SEPI, "2026-11")]["final"] is True

    mailer.refused = set()
    retry = reports.run()
    assert {o.office_id: o.result for o in retry.outcomes} == {
        OFFICE_ID: "already sent",
        UJI: "sent report 2026-11",
        SEPI: "no e-mail configured",
        RUSAK: "failed: StoreUnavailableError",
    }
    # the monthly report goes to the admin and the camat, not to the petugas
    subject = "[PUSPA Kecamatan Uji] Laporan bulanan November 2026"
    assert mailer.sent[1] == (("dodi@uji.test", "camat@uji.test"), subject)
    assert source.aggregates[(UJI, "2026-11")]["respondents"] == 1
