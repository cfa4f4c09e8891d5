"""The kabupaten roll-up on fakes: kecamatan side by side from what their reports kept, the pooled IKM
equal to the IKM of all answers together, who receives it, and when it waits for an office."""

from __future__ import annotations

import copy
import csv
import io
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from puspa.app.content_cache import ContentCache
from puspa.app.report_service import ReportConfig, ReportService
from puspa.app.report_words import number
from puspa.app.rollup_service import RollupConfig, RollupService
from puspa.conversation.survey import survey_of
from puspa.domain.content import Content
from puspa.domain.ikm import compute_ikm, rounded
from tests.conftest import OFFICE_ID
from tests.fakes import FakeContentSource, FakeMonthSource, FakeNotificationLedger

CARIU, RUSAK = "106540352240005", "106540352240004"  # test data: a second kecamatan, and one whose content breaks
ORGANISASI = ("organisasi@bogorkab.test",)
DECEMBER_1 = datetime(2026, 12, 1, 1, 0, tzinfo=UTC)  # Tuesday, 08.00 WIB: the first working day
DECEMBER_3 = datetime(2026, 12, 3, 1, 0, tzinfo=UTC)
GOOD = {f"u{n}": 4 for n in range(1, 10)}
FAIR = {f"u{n}": 3 for n in range(1, 10)}


class Mailer:
    def __init__(self) -> None:
        self.sent: list[dict[str, Any]] = []

    def send(self, recipients: tuple[str, ...], subject: str, text: str, html: str, **parts: Any) -> None:
        self.sent.append({"to": recipients, "subject": subject, "text": text, "html": html, **parts})


def _published(bundle: dict[str, Any], broken: bool) -> FakeContentSource:
    source = FakeContentSource(OFFICE_ID, bundle)
    cariu = copy.deepcopy(bundle)
    cariu["kantor"]["nama"] = "Kecamatan Cariu"
    source.published[CARIU] = ("v1", cariu)
    if broken:
        source.published[RUSAK] = ("v1", {"kantor": "bukan data kantor"})
    return source


def _november(source: FakeMonthSource) -> None:
    """Jonggol: 3 respondents (two very good, one fair, one of them skipping u8); Cariu: 1, fair. The same
    shared question asked at both."""
    for n, scores in enumerate([GOOD, GOOD, {k: v for k, v in FAIR.items() if k != "u8"}]):
        source.surveys.submit_survey(OFFICE_ID, f"j{n}", "2026-11", "kk", scores, "")
    source.surveys.submit_survey(CARIU, "c0", "2026-11", "ktp_el", FAIR, "")
    for office, residents in ((OFFICE_ID, 4), (CARIU, 3)):
        source.unanswered.days[(office, "2026-11-20")] = {
            "day": "2026-11-20", "total": residents + 1, "residents": residents,
            "texts": {"kapan bansos cair": residents}, "cards": {"bansos": residents},
        }  # fmt: skip


def _services(bundle: dict[str, Any], broken: bool = False) -> tuple[ReportService, FakeMonthSource, Mailer, list[Any]]:
    cache = ContentCache(_published(bundle, broken), 60)
    source, mailer, ledger, clock = FakeMonthSource(), Mailer(), FakeNotificationLedger(), [DECEMBER_1]
    _november(source)
    rollup = RollupService(RollupConfig(ORGANISASI, OFFICE_ID), source, ledger, mailer, cache, lambda: clock[0])
    reports = ReportService(ReportConfig(OFFICE_ID, ("camat@jonggol.test",)), source, ledger, mailer, cache,
                            lambda: clock[0], rollup)  # fmt: skip
    return reports, source, mailer, clock


def test_the_pooled_ikm_is_the_ikm_of_all_answers_together(bundle: dict[str, Any], content: Content) -> None:
    reports, source, mailer, _ = _services(bundle)
    assert [o.result for o in reports.run().after] == ["sent roll-up 2026-11 (2 office(s))"]
    (rollup,) = [m for m in mailer.sent if m["to"] == ORGANISASI]
    survey = survey_of(content)
    assert survey is not None
    answers = [a["scores"] for o in (OFFICE_ID, CARIU) for a in source.surveys.survey_answers(o, "2026-11")]
    together = compute_ikm(answers, [e.id for e in survey.elements], survey.grades, survey.factor, survey.weight)
    assert together.grade is not None
    assert (
        f"IKM gabungan {number(rounded(together.converted), 2)}, mutu pelayanan {together.grade.grade}"
        in rollup["text"]
    )
    assert rollup["subject"] == "[PUSPA Kabupaten Bogor] Rekap bulanan kecamatan November 2026"
    assert "Tertinggi Kecamatan Jonggol" in rollup["text"] and "terendah Kecamatan Cariu (75,00)" in rollup["text"]
    assert '"kapan bansos cair" (7 warga, 2 kecamatan)' in rollup["text"]  # asked across offices, summed
    assert [name for name, _ in rollup["images"]] == ["ikm_kecamatan.png", "unsur_kecamatan.png"]
    ((name, data, mime),) = rollup["attachments"]
    rows = list(csv.reader(io.StringIO(data.decode().removeprefix("\ufeff")), delimiter=";"))
    assert (name, mime) == ("puspa-rekap-2026-11.csv", "text/csv")
    assert rows[0][:5] == ["periode", "kecamatan", "responden", "IKM (25–100)", "mutu"]
    assert rows[0][5:7] == ["U1 Persyaratan (1–4)", "mutu U1"]
    by_name = {row[1]: row for row in rows[1:]}
    assert list(by_name) == ["Kecamatan Cariu", "Kecamatan Jonggol", "Semua kecamatan (gabungan)"]
    assert by_name["Kecamatan Cariu"][2:7] == ["1", "75,00", "C", "3,00", "C"]
    assert by_name["Kecamatan Jonggol"][5 + 2 * 7 : 7 + 2 * 7] == ["4,00", "A"]  # u8: only the two who answered it
    assert reports.run().after[0].result == "already sent"  # the scheduler's retry, or the next morning


def test_the_rollup_waits_for_an_office_whose_report_failed_then_goes_without_it(bundle: dict[str, Any]) -> None:
    reports, _, mailer, clock = _services(bundle, broken=True)
    first = reports.run()
    assert first.failed and first.after[0].result == "waiting for 1 office(s)"
    assert not [m for m in mailer.sent if m["to"] == ORGANISASI]
    clock[0] = DECEMBER_3  # two days on, the office still fails: the kabupaten is not kept waiting for good
    later = reports.run()
    assert later.failed and later.after[0].result == "sent roll-up 2026-11 (2 office(s))"
    (rollup,) = [m for m in mailer.sent if m["to"] == ORGANISASI]
    assert f"Data belum masuk dari: kantor {RUSAK}." in rollup["text"]


def test_a_month_kept_before_it_was_over_is_not_counted(bundle: dict[str, Any]) -> None:
    reports, source, _, clock = _services(bundle)
    clock[0] = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)
    reports.build("2026-11", CARIU)  # a report made on demand mid-month keeps the month so far
    assert source.aggregates[(CARIU, "2026-11")]["final"] is False
    clock[0] = DECEMBER_1
    reports.figures("2026-11", OFFICE_ID)  # Jonggol's month, kept once it is over
    rollup = reports._rollup
    assert rollup is not None
    kept = source.aggregates_of([OFFICE_ID, CARIU], "2026-11")
    assert rollup.build("2026-11", [OFFICE_ID, CARIU], kept).month.missing == ("Kecamatan Cariu",)


@pytest.mark.parametrize("emails", [(), ORGANISASI])
def test_the_rollup_goes_only_to_the_kabupatens_addresses(bundle: dict[str, Any], emails: tuple[str, ...]) -> None:
    _, source, mailer, _ = _services(bundle)
    cache = ContentCache(_published(bundle, False), 60)
    rollup = RollupService(RollupConfig(emails, OFFICE_ID), source, FakeNotificationLedger(), mailer, cache,
                           lambda: DECEMBER_1)  # fmt: skip
    result = rollup.run([OFFICE_ID, CARIU])
    assert result == ("no e-mail configured" if not emails else "waiting for 2 office(s)")
    assert mailer.sent == []  # no office ran its report here: nothing kept yet, nothing sent


def test_the_rollup_is_written_to_a_folder_on_demand(bundle: dict[str, Any], tmp_path: Path) -> None:
    from puspa.app.monthly_report import main as monthly_report

    reports, *_ = _services(bundle)
    for office in (OFFICE_ID, CARIU):
        reports.figures("2026-11", office)
    folder = tmp_path / "rekap"
    assert monthly_report(["--kabupaten", "--month", "2026-11", "--out", str(folder)], service=reports) == 0
    assert sorted(p.name for p in folder.iterdir()) == ["ikm_kecamatan.png", "rekap.csv", "rekap.html",
                                                        "unsur_kecamatan.png"]  # fmt: skip
    assert "<h1>Rekap bulanan PUSPA Kabupaten Bogor</h1>" in (folder / "rekap.html").read_text()
