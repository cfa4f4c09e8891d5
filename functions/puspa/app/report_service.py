"""The monthly report: the satisfaction index (SKM/IKM) and PUSPA's own work, for the office.

`run()` is the scheduled entry point (daily; it acts on the first working day of a month and sends
the previous month once, claimed in the notification ledger). `build(period)` and `write(period,
folder)` make the same report on demand (`python -m puspa.app.monthly_report --month 2026-11`);
`current_period()` is the office's month now (WIB for Jonggol, not UTC). Days the digest has not
kept yet (today, or every day when it never ran) are read from the sessions, so the month so far
is complete. The month's figures are kept (monthly_reports) so next year's trend survives the
expiry of the records they came from.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from msgspec import Struct

from puspa.app.content_cache import ContentCache
from puspa.app.daily_figures import activity_day, unanswered_day
from puspa.app.ports import LEASE, Ledger, Mailer, MonthSource
from puspa.app.report_output import csv_text, email_text
from puspa.app.report_page import CHARTS, page
from puspa.app.report_words import month_name
from puspa.conversation.survey import survey_of
from puspa.domain.content import Content
from puspa.domain.delivery import ACTIVITY_DAYS
from puspa.domain.ikm import rounded
from puspa.domain.report import MonthReport, month_days, previous_period, survey_figures, work_figures
from puspa.domain.unanswered import KEEP_IN_SESSION
from puspa.errors import MailError, NotifyError

log = logging.getLogger(__name__)
TREND_MONTHS = 12
MAKE_UP = timedelta(days=7)  # a report not sent on the first working day (an outage) goes out on a later morning


class ReportConfig(Struct, frozen=True):
    office_id: str
    admin_emails: tuple[str, ...]


class Built(Struct, frozen=True):
    report: MonthReport
    text: str
    html: str  # charts referenced by file name (for a folder)
    mail_html: str  # charts referenced by cid: (for e-mail)
    csv: str
    charts: dict[str, bytes]


def _periods_before(period: str, count: int) -> list[str]:
    year, month = (int(p) for p in period.split("-"))
    result = []
    for _ in range(count):
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        result.append(f"{year:04d}-{month:02d}")
    return list(reversed(result))


class ReportService:
    def __init__(
        self,
        config: ReportConfig,
        source: MonthSource,
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

    def _content_now(self) -> Content:
        content = self._content.get(self._config.office_id)
        if content is None:
            raise NotifyError(f"no content published for office {self._config.office_id}")
        return content

    def current_period(self) -> str:
        """The office's month now ("2026-12"): on 1 December at 05.00 WIB it is December, though UTC
        still says November."""
        return f"{self._content_now().office.calendar.local(self._clock()):%Y-%m}"

    def _days(self, collection: str, content: Content, days: list[str], reach: int) -> list[dict[str, Any]]:
        """The month's daily documents of `collection`, and the days not kept yet that the sessions
        still hold (the last `reach` days up to today) read from them."""
        office, today = self._config.office_id, content.office.calendar.local(self._clock()).date()
        kept = self._source.daily_documents(collection, office, days)
        done = {str(d.get("day")) for d in kept}
        missing = [
            d for d in map(date.fromisoformat, days) if d.isoformat() not in done and 0 <= (today - d).days < reach
        ]
        if collection == "daily_activity":
            return kept + [activity_day(self._source.activity_of_day, office, d) for d in missing]
        return kept + [unanswered_day(self._source.unanswered_between, content, office, d) for d in missing]

    def build(self, period: str) -> Built:
        """The report of `period` ("2026-11"), its aggregate kept."""
        content = self._content_now()
        office, calendar = self._config.office_id, content.office.calendar
        days = month_days(period)
        start = datetime.combine(date.fromisoformat(days[0]), datetime.min.time(), calendar.tz)
        end = start + timedelta(days=len(days))
        survey = survey_of(content)
        elements = [e.id for e in survey.elements] if survey else []
        answers = self._source.survey_answers(office, period) if survey else ()
        figures = survey_figures(answers, elements, survey.grades if survey else (),
                                 survey.factor if survey else 25.0, survey.weight if survey else None)  # fmt: skip
        work = work_figures(
            calendar, self._source.registrations_between(office, start, end),
            self._source.tickets_between(office, start, end),
            self._days("daily_activity", content, days, ACTIVITY_DAYS),
            self._days("unanswered_daily", content, days, KEEP_IN_SESSION.days + 1), min(self._clock(), end), period,
        )  # fmt: skip
        earlier = self._source.monthly_aggregates(office, _periods_before(period, TREND_MONTHS - 1))
        trend = tuple((str(a["period"]), float(a["ikm"])) for a in earlier if a.get("respondents"))
        if figures.overall.respondents:
            trend += ((period, rounded(figures.overall.converted)),)
        before = _periods_before(period, 1)[0]
        previous = next((a for a in earlier if a.get("period") == before), None)
        report = MonthReport(period, content.office.name, figures, work, trend, previous)
        self._source.keep_monthly_aggregate(office, period, report.aggregate())
        from puspa.app import report_charts  # matplotlib: only the report's function loads it

        names = {e.id: e.name for e in survey.elements} if survey else {}
        titles = {s.id: s.title for s in content.services}
        charts = {
            "unsur.png": report_charts.element_chart(report, names),
            "tren.png": report_charts.trend_chart(report),
            "beban.png": report_charts.workload_chart(report),
        }
        return Built(
            report, email_text(report, names, titles), page(report, names, titles, {n: n for n, _ in CHARTS}),
            page(report, names, titles, {n: f"cid:{n}" for n, _ in CHARTS}), csv_text(report, names, titles), charts,
        )  # fmt: skip

    def write(self, period: str, folder: Path) -> list[Path]:
        """The report of `period` as files: laporan.html (with its charts beside it) and laporan.csv."""
        built = self.build(period)
        folder.mkdir(parents=True, exist_ok=True)
        written = [folder / "laporan.html", folder / "laporan.csv"]
        written[0].write_text(built.html, encoding="utf-8")
        written[1].write_text(built.csv, encoding="utf-8")
        for name, png in built.charts.items():
            (folder / name).write_bytes(png)
            written.append(folder / name)
        return written

    def run(self) -> str:
        """Scheduled daily: from the first working day of a month on (for a week), e-mail last month's
        report once: a morning that failed is made up the next; the ledger says whether it went. Once
        it went (or when no one is to be e-mailed), last month's survey answers are sealed: nothing is
        left that could tell whose an answer was."""
        content = self._content_now()
        calendar, now = content.office.calendar, self._clock()
        today = calendar.local(now).date()
        first_working = next(d for d in (today.replace(day=n) for n in range(1, 29)) if calendar.is_working_day(d))
        if not first_working <= today < first_working + MAKE_UP:
            return "not the first working day of the month"
        period = previous_period(today)
        if self._mailer is None or not self._config.admin_emails:
            self._source.seal_survey_period(self._config.office_id, period)
            return "no e-mail configured"
        built = self.build(period)  # before the claim: a failure here leaves nothing claimed
        ledger_id = f"report_{self._config.office_id}_{period}"
        if not self._ledger.claim(ledger_id, "email", now, LEASE):
            self._source.seal_survey_period(self._config.office_id, period)  # again: a crash may have come between
            return "already sent"
        subject = f"[PUSPA {content.office.name}] Laporan bulanan {month_name(period)}"
        try:
            self._mailer.send(
                self._config.admin_emails, subject, built.text, built.mail_html,
                images=tuple(built.charts.items()),
                attachments=((f"puspa-{period}.csv", built.csv.encode("utf-8"), "text/csv"),),
            )  # fmt: skip
        except MailError as exc:
            self._ledger.release(ledger_id, "email")
            raise NotifyError(f"monthly report e-mail failed: {exc}") from exc
        self._ledger.mark_sent(ledger_id, "email", now)
        sealed = self._source.seal_survey_period(self._config.office_id, period)
        log.info("monthly report %s sent; %d survey answer(s) sealed", period, sealed)
        return f"sent report {period}"
