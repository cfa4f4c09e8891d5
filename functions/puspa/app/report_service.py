"""The monthly report: the satisfaction index (SKM/IKM) and PUSPA's own work, per office.

`run()` is the scheduled entry point (daily): one call serves every published office
(`office_runs`). For each, on the first working day of its month (or a later morning of that week,
when a morning failed), it sends the previous month once, claimed in the notification ledger
(`report_{office}_{month}`), to the office's own recipients (petugas.yaml: `emails(REPORTS)`;
PUSPA_ADMIN_EMAILS only for the deployment's own office until it publishes staff). An office with no
one to e-mail still has its month's figures kept, for the kabupaten roll-up, which runs after the
offices in the same call (`rollup_service`). `build(period)` and `write(period, folder)` make the
same report on demand (`python -m puspa.app.monthly_report --month 2026-11`); `current_period()` is
the office's month now (WIB for Jonggol, not UTC). Days the digest has not
kept yet (today, or every day when it never ran) are read from the sessions, so the month so far
is complete. The month's figures are kept (monthly_reports) so next year's trend survives the
expiry of the records they came from.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from msgspec import Struct
from msgspec.structs import replace

from puspa.app.content_cache import ContentCache
from puspa.app.daily_figures import activity_day, unanswered_day
from puspa.app.office_runs import OfficeOutcome, RunSummary, run_offices
from puspa.app.ports import LEASE, Ledger, Mailer, MonthSource
from puspa.app.report_output import csv_text, email_text, write_files
from puspa.app.report_page import CHARTS, page
from puspa.app.report_words import month_name
from puspa.conversation.survey import survey_of
from puspa.domain.booking import Booking, booking_figures
from puspa.domain.content import Content
from puspa.domain.delivery import ACTIVITY_DAYS
from puspa.domain.ikm import rounded
from puspa.domain.report import MonthReport, month_days, previous_period, survey_figures, work_figures
from puspa.domain.staff import REPORTS, recipient_emails
from puspa.domain.unanswered import KEEP_IN_SESSION
from puspa.errors import MailError, NotifyError

if TYPE_CHECKING:
    from puspa.app.rollup_service import RollupService

log = logging.getLogger(__name__)
TREND_MONTHS = 12
MAKE_UP = timedelta(days=7)  # a report not sent on the first working day (an outage) goes out on a later morning


class BookingsOfMonth(Protocol):
    """The counter bookings for visits from `first` to `last` (ISO days): the report's booking figures."""

    def between(self, office_id: str, first: str, last: str) -> tuple[Booking, ...]: ...


class PapersOfMonth(Protocol):
    """Papers checked in a month and those complete at their first check (cek berkas; counts only)."""

    def month_figures(self, office_id: str, month: str) -> dict[str, int]: ...


class ReportConfig(Struct, frozen=True):
    default_office: str  # WHATSAPP_PHONE_NUMBER_ID: the office PUSPA_ADMIN_EMAILS belong to
    admin_emails: tuple[str, ...]


class Built(Struct, frozen=True):
    report: MonthReport
    text: str
    html: str  # charts referenced by file name (for a folder)
    mail_html: str  # charts referenced by cid: (for e-mail)
    csv: str
    charts: dict[str, bytes]


def report_window(content: Content, now: datetime) -> tuple[str, int] | None:
    """The month to report now ("2026-11") and the days since the first working day of the next month,
    from that day on for a week (a morning that failed is made up the next), in the office's calendar;
    None on other days."""
    calendar = content.office.calendar
    today = calendar.local(now).date()
    first_working = next(d for d in (today.replace(day=n) for n in range(1, 29)) if calendar.is_working_day(d))
    if not first_working <= today < first_working + MAKE_UP:
        return None
    return previous_period(today), (today - first_working).days


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
        rollup: RollupService | None = None,
        bookings: BookingsOfMonth | None = None,
        papers: PapersOfMonth | None = None,
    ) -> None:
        self._bookings = bookings
        self._papers = papers
        self._config = config
        self._source = source
        self._ledger = ledger
        self._mailer = mailer
        self._content = content
        self._clock = clock
        self._rollup = rollup

    @property
    def rollup(self) -> RollupService | None:
        """The kabupaten roll-up that runs after the offices' reports (None: not wired)."""
        return self._rollup

    def _content_now(self, office_id: str) -> Content:
        content = self._content.get(office_id)
        if content is None:
            raise NotifyError(f"the content of office {office_id} cannot be loaded")
        return content

    def current_period(self, office_id: str = "") -> str:
        """The office's month now ("2026-12"): on 1 December at 05.00 WIB it is December, though UTC
        still says November."""
        content = self._content_now(office_id or self._config.default_office)
        return f"{content.office.calendar.local(self._clock()):%Y-%m}"

    def _days(
        self, office: str, collection: str, content: Content, days: list[str], reach: int
    ) -> list[dict[str, Any]]:
        """The month's daily documents of `collection`, and the days not kept yet that the sessions
        still hold (the last `reach` days up to today) read from them."""
        today = content.office.calendar.local(self._clock()).date()
        kept = self._source.daily_documents(collection, office, days)
        done = {str(d.get("day")) for d in kept}
        missing = [
            d for d in map(date.fromisoformat, days) if d.isoformat() not in done and 0 <= (today - d).days < reach
        ]
        if collection == "daily_activity":
            return kept + [activity_day(self._source.activity_of_day, office, d) for d in missing]
        return kept + [unanswered_day(self._source.unanswered_between, content, office, d) for d in missing]

    def figures(self, period: str, office_id: str = "") -> MonthReport:
        """The office's figures of `period`, kept (`monthly_reports`): the trend and the roll-up read them."""
        office = office_id or self._config.default_office
        content = self._content_now(office)
        calendar = content.office.calendar
        days = month_days(period)
        start = datetime.combine(date.fromisoformat(days[0]), datetime.min.time(), calendar.tz)
        end = start + timedelta(days=len(days))
        survey = survey_of(content)
        elements = [e.id for e in survey.elements] if survey else []
        answers = self._source.survey_answers(office, period) if survey else ()
        figures = survey_figures(answers, elements, survey.grades if survey else (),
                                 survey.factor if survey else 25.0, survey.weight if survey else None)  # fmt: skip
        now = self._clock()
        work = work_figures(
            calendar, self._source.registrations_between(office, start, end),
            self._source.tickets_between(office, start, end),
            self._days(office, "daily_activity", content, days, ACTIVITY_DAYS),
            self._days(office, "unanswered_daily", content, days, KEEP_IN_SESSION.days + 1), min(now, end), period,
        )  # fmt: skip
        if self._bookings is not None:
            work = replace(work, bookings=booking_figures(self._bookings.between(office, days[0], days[-1])))
        if self._papers is not None:
            work = replace(work, papers=self._papers.month_figures(office, period))
        earlier = self._source.monthly_aggregates(office, _periods_before(period, TREND_MONTHS - 1))
        trend = tuple((str(a["period"]), float(a["ikm"])) for a in earlier if a.get("respondents"))
        if figures.overall.respondents:
            trend += ((period, rounded(figures.overall.converted)),)
        before = _periods_before(period, 1)[0]
        previous = next((a for a in earlier if a.get("period") == before), None)
        report = MonthReport(period, content.office.name, figures, work, trend, previous)
        # `final`: made once the month was over (a report made mid-month does not count in the roll-up)
        self._source.keep_monthly_aggregate(office, period, {**report.aggregate(), "final": now >= end})
        return report

    def build(self, period: str, office_id: str = "") -> Built:
        """The report of `period` ("2026-11"), its aggregate kept."""
        office = office_id or self._config.default_office
        content = self._content_now(office)
        report = self.figures(period, office)
        from puspa.app import report_charts  # matplotlib: only the report's function loads it

        survey = survey_of(content)
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

    def write(self, period: str, folder: Path, office_id: str = "") -> list[Path]:
        """The report of `period` as files: laporan.html (with its charts beside it) and laporan.csv."""
        built = self.build(period, office_id)
        return write_files(folder, "laporan", built.html, built.csv, built.charts)

    def run(self) -> RunSummary:
        """The scheduled call: every published office's report, then the kabupaten roll-up. One
        office's failure does not stop the others (the summary says which; the caller answers non-2xx)."""
        offices = self._content.offices()
        outcomes = run_offices("monthly report", offices, self.run_office)
        after: tuple[OfficeOutcome, ...] = ()
        if self._rollup is not None:
            rollup = self._rollup
            after = run_offices("kabupaten roll-up", ("kabupaten",), lambda _: rollup.run(offices))
        return RunSummary("monthly report", outcomes, after)

    def run_office(self, office_id: str) -> str:
        """Daily: from the first working day of a month on (for a week), e-mail the office's report of
        last month once: a morning that failed is made up the next; the ledger says whether it went.
        Once it went (or when no one is to be e-mailed), last month's survey answers are sealed:
        nothing is left that could tell whose an answer was."""
        content = self._content_now(office_id)
        now = self._clock()
        window = report_window(content, now)
        if window is None:
            return "not the first working day of the month"
        period = window[0]
        config = self._config
        emails = recipient_emails(content.staff, REPORTS, office_id, config.default_office, config.admin_emails)
        if self._mailer is None or not emails:
            log.info("monthly report: office %s has no one to e-mail (petugas.yaml); its figures are kept", office_id)
            self._once(f"report_{office_id}_{period}", "figures", now, lambda: self.figures(period, office_id))
            self._source.seal_survey_period(office_id, period)
            return "no e-mail configured"
        ledger_id = f"report_{office_id}_{period}"
        subject = f"[PUSPA {content.office.name}] Laporan bulanan {month_name(period)}"
        mailer = self._mailer

        def send() -> None:
            built = self.build(period, office_id)
            try:
                mailer.send(
                    emails, subject, built.text, built.mail_html, images=tuple(built.charts.items()),
                    attachments=((f"puspa-{period}.csv", built.csv.encode("utf-8"), "text/csv"),),
                )  # fmt: skip
            except MailError as exc:
                raise NotifyError(f"monthly report e-mail failed: {exc}") from exc

        sent = self._once(ledger_id, "email", now, send)
        # sealed again when already sent: a crash may have come between the e-mail and the seal
        sealed = self._source.seal_survey_period(office_id, period)
        if not sent:
            return "already sent"
        log.info("monthly report %s of office %s sent; %d survey answer(s) sealed", period, office_id, sealed)
        return f"sent report {period}"

    def _once(self, ledger_id: str, channel: str, now: datetime, work: Callable[[], object]) -> bool:
        """`work()` once per ledger channel: claimed first (a retry of the call skips an office already
        done without building its report again), released when it fails. False: done before."""
        if not self._ledger.claim(ledger_id, channel, now, LEASE):
            return False
        try:
            work()
        except Exception:
            self._ledger.release(ledger_id, channel)
            raise
        self._ledger.mark_sent(ledger_id, channel, now)
        return True
