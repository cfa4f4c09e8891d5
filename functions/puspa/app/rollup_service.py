"""The monthly kabupaten roll-up: every kecamatan's month side by side, e-mailed to the kabupaten's
admins (PUSPA_ROLLUP_EMAILS; e.g. the Bagian Organisasi), once per month.

It runs in the monthly report's scheduler call, after the offices' reports, and reads only what
they kept (`monthly_reports/{office}_{month}`, one read per office): no resident's record. It waits
for every published office's month; an office whose report keeps failing is left out and named
once ROLLUP_WAIT days of the reporting week have passed, so one broken office does not hold the
kabupaten's figures back for good. Claimed in the notification ledger (`rollup_{month}`).
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from msgspec import Struct

from puspa.app.content_cache import ContentCache
from puspa.app.ports import LEASE, Ledger, Mailer, MonthAggregates
from puspa.app.report_output import write_files
from puspa.app.report_service import report_window
from puspa.app.report_words import month_name
from puspa.app.rollup_output import CHARTS, csv_text, email_text, page
from puspa.conversation.survey import survey_of
from puspa.domain.content import Content
from puspa.domain.rollup import KabupatenMonth, kabupaten_month, office_month
from puspa.errors import MailError, NotifyError, PuspaError

log = logging.getLogger(__name__)
ROLLUP_WAIT = 2  # days after the first working day the roll-up waits for an office whose month is not kept


class RollupConfig(Struct, frozen=True):
    emails: tuple[str, ...]  # PUSPA_ROLLUP_EMAILS
    default_office: str  # its calendar and survey table are the roll-up's (every office's, in practice)


class BuiltRollup(Struct, frozen=True):
    month: KabupatenMonth
    text: str
    html: str  # charts referenced by file name (for a folder)
    mail_html: str  # charts referenced by cid: (for e-mail)
    csv: str
    charts: dict[str, bytes]


class RollupService:
    def __init__(
        self,
        config: RollupConfig,
        source: MonthAggregates,
        ledger: Ledger,
        mailer: Mailer | None,
        content: ContentCache,
        clock: Callable[[], datetime],
    ) -> None:
        self._config = config
        self._source = source
        self._ledger = ledger
        self._mailer = mailer
        self._content = content
        self._clock = clock

    def _contents(self, offices: Sequence[str]) -> dict[str, Content]:
        """The offices' content that loads (the report just loaded it: the cache answers)."""
        found = {}
        for office in offices:
            try:
                content = self._content.get(office)
            except PuspaError as exc:  # the office's own run reported it; here it is only left out
                log.warning("kabupaten roll-up: the content of office %s cannot be loaded (%s)", office,
                            type(exc).__name__)  # fmt: skip
                continue
            if content is not None:
                found[office] = content
        return found

    def _reference(self, contents: dict[str, Content]) -> Content | None:
        """The content whose calendar and survey table the roll-up uses: the deployment's own office,
        else the first with a survey."""
        ordered = sorted(contents.items(), key=lambda item: (item[0] != self._config.default_office, item[0]))
        return next((c for _, c in ordered if survey_of(c) is not None), ordered[0][1] if ordered else None)

    def build(self, period: str, offices: Sequence[str], kept: dict[str, dict[str, Any]] | None = None) -> BuiltRollup:
        """The roll-up of `period` over `offices` from their kept months (read here unless given)."""
        contents = self._contents(offices)
        reference = self._reference(contents)
        if reference is None:
            raise NotifyError("no office's content can be loaded for the kabupaten roll-up")
        survey = survey_of(reference)
        elements = [e.id for e in survey.elements] if survey else []
        grades, factor, weight = (survey.grades, survey.factor, survey.weight) if survey else ((), 25.0, None)
        kept = self._source.aggregates_of(list(offices), period) if kept is None else kept
        months = [office_month(o, contents[o].office.name if o in contents else o, kept[o], elements, grades, factor,
                               weight) for o in offices if _final(kept.get(o))]  # fmt: skip
        missing = [
            contents[o].office.name if o in contents else f"kantor {o}" for o in offices if not _final(kept.get(o))
        ]
        regions = Counter(c.office.nik_region_name for c in contents.values() if c.office.nik_region_name)
        name = regions.most_common(1)[0][0] if regions else "semua kecamatan"
        month = kabupaten_month(period, name, months, missing, elements, grades, factor, weight)
        from puspa.app import rollup_charts  # matplotlib: only the report's function loads it

        names = {e.id: e.name for e in survey.elements} if survey else {}
        titles = {s.id: s.title for c in contents.values() for s in c.services}
        charts = {
            "ikm_kecamatan.png": rollup_charts.ikm_chart(month),
            "unsur_kecamatan.png": rollup_charts.element_chart(month),
        }
        return BuiltRollup(
            month, email_text(month, titles), page(month, names, titles, {n: n for n, _ in CHARTS}),
            page(month, names, titles, {n: f"cid:{n}" for n, _ in CHARTS}), csv_text(month, names), charts,
        )  # fmt: skip

    def write(self, period: str, folder: Path, offices: Sequence[str] = ()) -> list[Path]:
        """The roll-up as files: rekap.html (its charts beside it) and rekap.csv; every published office by default."""
        built = self.build(period, offices or self._content.offices())
        return write_files(folder, "rekap", built.html, built.csv, built.charts)

    def run(self, offices: Sequence[str]) -> str:
        """After the offices' reports of the same call: e-mail last month's roll-up once, when every
        office's month is kept (or, ROLLUP_WAIT days into the reporting week, without those that are not)."""
        contents = self._contents(offices)
        reference = self._reference(contents)
        if reference is None:
            raise NotifyError("no office's content can be loaded for the kabupaten roll-up")
        now = self._clock()
        window = report_window(reference, now)
        if window is None:
            return "not the first working day of the month"
        period, day = window
        if self._mailer is None or not self._config.emails:
            log.info("kabupaten roll-up: PUSPA_ROLLUP_EMAILS is not set; not sent")
            return "no e-mail configured"
        ledger_id = f"rollup_{period}"
        if not self._ledger.claim(ledger_id, "email", now, LEASE):
            return "already sent"
        try:
            kept = self._source.aggregates_of(list(offices), period)
            waiting = [o for o in offices if not _final(kept.get(o))]
            if waiting and day < ROLLUP_WAIT:
                self._ledger.release(ledger_id, "email")
                log.info("kabupaten roll-up %s waits for %d office(s)", period, len(waiting))
                return f"waiting for {len(waiting)} office(s)"
            built = self.build(period, offices, kept)
            subject = f"[PUSPA {built.month.name}] Rekap bulanan kecamatan {month_name(period)}"
            self._mailer.send(
                self._config.emails, subject, built.text, built.mail_html, images=tuple(built.charts.items()),
                attachments=((f"puspa-rekap-{period}.csv", built.csv.encode("utf-8"), "text/csv"),),
            )  # fmt: skip
        except Exception as exc:
            self._ledger.release(ledger_id, "email")
            if isinstance(exc, MailError):
                raise NotifyError(f"kabupaten roll-up e-mail failed: {exc}") from exc
            raise
        self._ledger.mark_sent(ledger_id, "email", now)
        log.info("kabupaten roll-up %s sent: %d office(s), %d missing", period, len(built.month.offices),
                 len(built.month.missing))  # fmt: skip
        return f"sent roll-up {period} ({len(built.month.offices)} office(s))"


def _final(kept: dict[str, Any] | None) -> bool:
    """A month kept once it was over (months kept before the flag existed were kept by the report run)."""
    return kept is not None and kept.get("final", True) is not False
