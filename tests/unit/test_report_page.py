"""The monthly report as the camat reads it, built by the report service on fakes: the headline, the
sections, Indonesian months and numbers, each service's grade, the sampling warning, the office's
month, and the days the digest has not kept yet."""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from puspa.app.content_cache import ContentCache
from puspa.app.monthly_report import main as monthly_report
from puspa.app.report_service import Built, ReportConfig, ReportService
from puspa.app.report_words import month_name, number
from tests.conftest import OFFICE_ID
from tests.fakes import FakeContentSource, FakeMonthSource, FakeNotificationLedger, FakeUnansweredStore

DECEMBER_15 = datetime(2026, 12, 15, 3, 0, tzinfo=UTC)  # 10.00 WIB
KK_GOOD = {f"u{n}": 4 for n in range(1, 10)}
KTP_FAIR = {f"u{n}": 3 for n in range(1, 10)}


def _service(bundle: dict[str, Any], source: FakeMonthSource, now: datetime) -> ReportService:
    cache = ContentCache(FakeContentSource(OFFICE_ID, bundle), 60)
    return ReportService(ReportConfig(OFFICE_ID, ()), source, FakeNotificationLedger(), None, cache, lambda: now)


def _december(respondents: int = 3, residents: int = 4) -> FakeMonthSource:
    """December 2026 so far: `respondents` survey answers (KK very good, KTP fair), `residents` served
    on 1 December, and November's kept figures to compare with."""
    source = FakeMonthSource()
    for n in range(respondents):
        service, scores = ("kk", KK_GOOD) if n % 2 == 0 else ("ktp_el", KTP_FAIR)
        source.surveys.submit_survey(OFFICE_ID, f"r{n}", "2026-12", service, scores, "")
    source.kept_activity[(OFFICE_ID, "2026-12-01")] = {"day": "2026-12-01", "residents": residents,
                                                       "messages": 1234, "cards": {"kk": 3}}  # fmt: skip
    source.aggregates[(OFFICE_ID, "2026-11")] = {"period": "2026-11", "respondents": 2, "ikm": 80.0, "grade": "B",
                                                 "resident_days": 3}  # fmt: skip
    return source


@pytest.fixture(scope="module")
def december(bundle: dict[str, Any]) -> Built:
    return _service(bundle, _december(), DECEMBER_15).build("2026-12")


def _text(page: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))


def test_numbers_and_months_are_written_the_indonesian_way() -> None:
    assert (number(1234), number(83.333, 2), number(1234567.891, 1)) == ("1.234", "83,33", "1.234.567,9")
    assert (month_name("2026-12"), month_name("2027-01")) == ("Desember 2026", "Januari 2027")


def test_the_page_opens_with_the_headline_then_its_sections(december: Built) -> None:
    built = december
    text = _text(built.html)
    assert "Laporan bulanan PUSPA Kecamatan Jonggol Desember 2026" in text
    headline = text[: text.index("1. Kepuasan masyarakat")]
    ikm = number(round((2 * 4 + 3) / 3 * 25, 2), 2)  # two very good answers and a fair one: 91,67
    assert f"{ikm} A · Sangat baik" in headline
    assert f"Naik {number(round((2 * 4 + 3) / 3 * 25 - 80, 2), 2)} poin dari November 2026." in headline
    assert "Warga dilayani naik 1 dari November 2026." in headline
    assert "3 responden survei" in headline and "4 warga dilayani" in headline
    assert "1.234 pesan warga dijawab" in headline
    sections = ["1. Kepuasan masyarakat (SKM)", "2. Pelayanan lewat PUSPA", "3. Pertanyaan yang belum ada jawabannya"]
    assert [text.index(s) for s in sections] == sorted(text.index(s) for s in sections)
    assert "2026-12" not in text and "91.67" not in text  # months and decimals in Indonesian only
    assert built.text.startswith("Laporan bulanan PUSPA Kecamatan Jonggol\nDesember 2026\n\nIKM 91,67, mutu")


def test_each_service_has_its_ikm_and_grade_on_the_page_and_in_the_csv(december: Built) -> None:
    built = december
    text = _text(built.html)
    assert "Kartu Keluarga (KK) 2 responden 100,00 A (Sangat baik)" in text
    assert "KTP Elektronik 1 responden 75,00 C (Kurang baik)" in text
    rows = list(csv.reader(io.StringIO(built.csv.removeprefix("\ufeff")), delimiter=";"))
    assert rows[0] == ["periode", "bagian", "ukuran", "nilai", "mutu"]
    assert ["2026-12", "IKM per layanan", "IKM Kartu Keluarga (KK)", "100,00", "A (Sangat baik)"] in rows
    assert ["2026-12", "IKM per layanan", "IKM KTP Elektronik", "75,00", "C (Kurang baik)"] in rows
    assert ["2026-12", "Pelayanan lewat PUSPA", "Pesan warga yang dijawab", "1.234", ""] in rows


@pytest.mark.parametrize(("respondents", "residents", "warned"), [(3, 4, True), (4, 4, False), (80, 100, False)])
def test_a_warning_when_the_ikm_rests_on_fewer_respondents_than_the_sampling_table_asks(
    bundle: dict[str, Any], respondents: int, residents: int, warned: bool
) -> None:
    built = _service(bundle, _december(respondents, residents), DECEMBER_15).build("2026-12")
    warning = "pedoman sampel PermenPANRB 14/2017 (tabel Krejcie–Morgan) meminta paling sedikit"
    assert (warning in built.html) is warned and (warning in built.text) is warned
    if warned:
        assert f"Untuk {residents} warga dilayani" in _text(built.html) and "paling sedikit 4 responden" in built.html


def test_weeks_are_labelled_pekan_never_minggu(december: Built) -> None:
    built = december
    assert "Pekan 1 (1–6 Des)" in built.csv and "Pekan 3 (14–15 Des)" in built.csv
    assert "Minggu" not in built.csv and "Minggu" not in built.html


def test_a_trend_of_one_month_is_one_labelled_point_with_a_note(bundle: dict[str, Any]) -> None:
    from puspa.app.report_charts import trend_figure

    source = _december()
    source.aggregates.clear()  # December is the first month with answers
    report = _service(bundle, source, DECEMBER_15).build("2026-12").report
    figure = trend_figure(report)
    texts = [t.get_text() for t in figure.axes[0].texts]
    assert "91,67" in texts and any("Baru satu bulan" in t for t in texts)
    assert [t.get_text() for t in figure.axes[0].get_xticklabels()] == ["Des 2026"]
    low, high = figure.axes[0].get_xlim()
    assert low < 0 < high and high - low >= 3  # the lone point is not pressed against an edge or stretched


def test_the_default_month_is_the_offices_month_not_utcs(bundle: dict[str, Any], tmp_path: Path) -> None:
    december_1_at_3_wib = datetime(2026, 11, 30, 20, 0, tzinfo=UTC)
    service = _service(bundle, FakeMonthSource(), december_1_at_3_wib)
    assert service.current_period() == "2026-12"
    assert monthly_report(["--out", str(tmp_path / "laporan")], service=service) == 0
    assert "Desember 2026" in (tmp_path / "laporan" / "laporan.html").read_text()


def test_questions_without_a_card_and_todays_residents_count_before_the_digest_has_run(bundle: dict[str, Any]) -> None:
    unanswered = FakeUnansweredStore()
    today = datetime(2026, 12, 15, 2, 0, tzinfo=UTC)
    for resident in ("6281", "6282", "6283"):
        unanswered.asked[f"{OFFICE_ID}_{resident}"] = [("kapan ada bansos lagi", today)]
    source = FakeMonthSource(unanswered=unanswered)
    source.activity[(OFFICE_ID, "2026-12-15")] = (3, 7, {"kk": 2})  # in the sessions, not kept by any digest
    built: Built = _service(bundle, source, DECEMBER_15).build("2026-12")
    work = built.report.work
    assert (work.unanswered_total, work.unanswered, work.resident_days, work.messages) == (
        3, (("kapan ada bansos lagi", 3),), 3, 7,
    )  # fmt: skip
    assert "3 pertanyaan warga tidak menemukan kartu" in _text(built.html)
    assert unanswered.days == {}  # counted, not kept: the digest keeps a day once it is over


def test_a_month_with_no_answers_says_so_instead_of_showing_empty_figures(bundle: dict[str, Any]) -> None:
    built = _service(bundle, FakeMonthSource(), DECEMBER_15 + timedelta(days=1)).build("2026-12")
    text = _text(built.html)
    assert "Belum ada responden survei bulan ini" in text and "Belum ada jawaban survei bulan ini" in text
    assert "⚠️" not in text  # nobody served: no sample is asked for


def test_the_month_counts_counter_bookings_per_service_and_how_they_ended(bundle: dict[str, Any]) -> None:
    from puspa.domain.booking import Place
    from puspa.domain.sender import Sender
    from tests.fake_bookings import FakeBookingStore

    bookings = FakeBookingStore()
    at = datetime(2026, 12, 1, 1, 0, tzinfo=UTC)
    place = Place("KTP Elektronik", "Loket 2", "B", "08.00–09.00", 1, 9, 1, 3, "2026-12-01", "2026-12", ())
    days = ["2026-12-02", "2026-12-02", "2026-12-03", "2026-12-04", "2027-01-04"]
    made = [bookings.book(OFFICE_ID, Sender(f"62812{n}", ""), f"h{n}", "ktp_el", day, "0800", False, place, f"m{n}", at)
            for n, day in enumerate(days)]  # fmt: skip
    bookings.mark(OFFICE_ID, str, "2026-12-02", made[0].booking.code, True, "petugas", "2026-12", at)
    bookings.mark(OFFICE_ID, str, "2026-12-02", made[1].booking.code, False, "petugas", "2026-12", at)
    bookings.cancel(OFFICE_ID, made[2].booking.resident_key, "h2", made[2].booking.id, "2026-12-01", at)
    cache = ContentCache(FakeContentSource(OFFICE_ID, bundle), 60)
    service = ReportService(ReportConfig(OFFICE_ID, ()), _december(), FakeNotificationLedger(), None, cache,
                            lambda: DECEMBER_15, bookings=bookings)  # fmt: skip
    built = service.build("2026-12")
    assert built.report.work.bookings == {
        "ktp_el": {"dipesan": 4, "aktif": 1, "batal": 1, "hadir": 1, "tidak_hadir": 1}
    }
    assert "Antrian lewat WhatsApp (kunjungan bulan ini): 4" in built.text
    assert "4 dipesan, 1 datang, 1 tidak datang, 1 batal" in built.text
    assert built.report.aggregate()["bookings"]["ktp_el"]["hadir"] == 1  # kept for the trend, figures only


def test_the_month_counts_papers_checked_and_complete_the_first_time(bundle: dict[str, Any]) -> None:
    from tests.fakes import FakePapersStore

    papers = FakePapersStore()
    papers.months[(OFFICE_ID, "2026-12")] = {"checked": 8, "complete_first": 6}
    cache = ContentCache(FakeContentSource(OFFICE_ID, bundle), 60)
    service = ReportService(ReportConfig(OFFICE_ID, ()), _december(), FakeNotificationLedger(), None, cache,
                            lambda: DECEMBER_15, papers=papers)  # fmt: skip
    built = service.build("2026-12")
    assert "Berkas diperiksa sebelum warga datang: 8" in built.text
    assert "lengkap pada pemeriksaan pertama: 6 (75%)" in built.text
    assert built.report.aggregate()["papers"] == {"checked": 8, "complete_first": 6}
