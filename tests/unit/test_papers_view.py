"""view_papers' service on fakes: what a token opens, what it records, what the page holds."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from puspa.app.papers_view import HEADERS, PapersViewService
from puspa.domain.sender import Sender
from puspa.domain.view_token import ViewGrant, sign_grant
from tests.fakes import FakePaperFiles, FakePapersStore

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
OFFICE = "106540352242922"


def _service() -> tuple[PapersViewService, FakePapersStore]:
    papers = FakePapersStore()
    for name in ("o/r/1.jpg", "o/r/2.pdf"):
        papers.add_file(OFFICE, "r", Sender("6281234567890", ""), "kk", "Kartu Keluarga (KK)", "B-014",
                        date(2026, 12, 1), name, NOW, NOW)  # fmt: skip
    papers.submit_papers(OFFICE, "r", "m1", NOW, 2026)
    return PapersViewService("secret", papers, FakePaperFiles(), lambda: NOW), papers


def test_a_valid_token_shows_the_files_briefly_and_records_who_looked() -> None:
    service, papers = _service()
    body, status = service.open(
        sign_grant(ViewGrant(OFFICE, "BRK-2026-0001", "petugas …0001", NOW + timedelta(hours=1)), "secret")
    )
    assert status == 200 and "X-Goog-Expires=600" in body and "<img src='https://storage.example/o/r/1.jpg" in body
    assert "PDF): <a href='https://storage.example/o/r/2.pdf" in body and "LENGKAP BRK-2026-0001" in body
    assert "6281234567890" not in body
    (record,) = papers.items.values()
    assert [(v.by, v.at) for v in record.views] == [("petugas …0001", NOW)]


def test_an_expired_or_foreign_token_opens_nothing_and_records_nothing() -> None:
    service, papers = _service()
    expired = sign_grant(ViewGrant(OFFICE, "BRK-2026-0001", "petugas …0001", NOW), "secret")
    other_office = sign_grant(ViewGrant("999", "BRK-2026-0001", "petugas …0001", NOW + timedelta(hours=1)), "secret")
    assert service.open(expired)[1] == 403 and "kedaluwarsa" in service.open(expired)[0]
    assert service.open(other_office)[1] == 404
    assert service.open("x" * 5000)[1] == 403
    (record,) = papers.items.values()
    assert record.views == ()


def test_the_page_is_never_cached_and_sends_no_referrer() -> None:
    assert HEADERS["Cache-Control"] == "no-store" and HEADERS["Referrer-Policy"] == "no-referrer"
    assert "frame-ancestors 'none'" in HEADERS["Content-Security-Policy"]
