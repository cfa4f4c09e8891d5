"""The daily digest: one e-mail listing questions still unanswered after a working day, what
residents asked that PUSPA had no card for (most frequent first, with the closest card), and a
reminder when the holidays of a year PUSPA will soon count in are not loaded.

Called by Cloud Scheduler (HTTP): one call serves every published office (`office_runs`), each
e-mailed to its own staff (petugas.yaml: `emails(NOTICES)`; PUSPA_ADMIN_EMAILS only for the
deployment's own office until it publishes staff), with its own content and calendar. Safe to call
twice: each office's e-mail of the day is claimed in the notification ledger
(`notifications/digest_{office}_{date}`) before it is sent. Each office's run also keeps the past
days' figures the monthly report sums (daily_activity, unanswered_daily), once per day, whether or
not the office has anyone to e-mail.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Protocol

from msgspec import Struct

from puspa.app.content_cache import ContentCache
from puspa.app.daily_figures import activity_day, day_bounds, unanswered_day
from puspa.app.office_runs import RunSummary, run_offices
from puspa.app.ports import LEASE, ActivitySource, Ledger, Mailer, UnansweredQuestions, UnansweredSource
from puspa.conversation.search import closest_service
from puspa.domain.calendar import FIXED_HOLIDAYS, MONTH_NAMES, format_day
from puspa.domain.content import Content
from puspa.domain.delivery import ACTIVITY_DAYS
from puspa.domain.staff import NOTICES, recipient_emails
from puspa.domain.ticket import Ticket
from puspa.domain.unanswered import KEEP_COUNTS_DAYS, KEEP_IN_SESSION, most_asked
from puspa.errors import MailError, NotifyError

log = logging.getLogger(__name__)
# How far ahead a year without loaded holidays is reported: the SKB 3 Menteri is usually signed in
# September or October (content audit 2026-12 §7), and the registration form counts next year's working
# days from early December. Weekly (Mondays) until the form needs the year, then every day.
HOLIDAY_NOTICE_DAYS = 90


class OfficeMorning(Protocol):
    """Work each office's morning call does besides the digest (counter bookings: app/booking_morning.py)."""

    def run_office(self, office_id: str, content: Content, now: datetime) -> str: ...


class DigestConfig(Struct, frozen=True):
    default_office: str  # WHATSAPP_PHONE_NUMBER_ID: the office PUSPA_ADMIN_EMAILS belong to
    admin_emails: tuple[str, ...]


class DigestService:
    def __init__(
        self,
        config: DigestConfig,
        tickets: UnansweredSource,
        ledger: Ledger,
        mailer: Mailer | None,
        content: ContentCache,
        clock: Callable[[], datetime],
        questions: UnansweredQuestions | None = None,
        activity: ActivitySource | None = None,
        morning: OfficeMorning | None = None,
    ) -> None:
        self._morning = morning
        self._questions = questions
        self._activity = activity
        self._config = config
        self._tickets = tickets
        self._ledger = ledger
        self._mailer = mailer
        self._content = content
        self._clock = clock

    def run(self) -> RunSummary:
        """The scheduled call: every published office's digest; one office's failure does not stop
        the others (the summary says which failed, and the caller answers non-2xx)."""
        if self._questions is not None:
            self._questions.forget_legacy_texts()  # kabupaten-wide, once per call (one read when done)
        return RunSummary("digest", run_offices("digest", self._content.offices(), self.run_office))

    def run_office(self, office_id: str) -> str:
        """The office's digest, then its morning work (the day's bookings, tomorrow's reminders)."""
        content = self._content.get(office_id)
        if content is None:
            raise NotifyError(f"the content of office {office_id} cannot be loaded")
        try:
            digest = self._digest_office(office_id, content)
        except NotifyError as exc:  # the morning's WhatsApp reminders do not wait for a mail server
            if self._morning is not None:
                self._morning.run_office(office_id, content, self._clock())
            raise exc
        morning = self._morning.run_office(office_id, content, self._clock()) if self._morning else ""
        return f"{digest}; {morning}" if morning else digest

    def _digest_office(self, office_id: str, content: Content) -> str:
        """Send the office's digest of today if there is something to tell and it was not sent yet:
        questions unanswered after a working day, and what residents asked that PUSPA had no card for."""
        calendar = content.office.calendar
        now = self._clock()
        today = calendar.local(now).date()
        self._collect_activity(office_id, today, now)
        self._collect_unanswered(office_id, content, today, now)
        config = self._config
        emails = recipient_emails(content.staff, NOTICES, office_id, config.default_office, config.admin_emails)
        if self._mailer is None or not emails:
            log.info("digest: office %s has no one to e-mail (petugas.yaml); e-mail skipped", office_id)
            return "no e-mail configured"

        def waiting_since(ticket: Ticket) -> datetime:  # a follow-up restarts the wait
            return next((e.at for e in reversed(ticket.thread) if not e.from_staff), ticket.created_at)

        # Overdue once staff have had a whole working day: the first opening after it came in is
        # on an earlier day than today.
        overdue = [
            t for t in self._tickets.unanswered(office_id)
            if calendar.next_opening(waiting_since(t)).date() < today
        ]  # fmt: skip
        asked = self._asked_without_answer(office_id, content, now)
        holidays = holiday_reminder(content, today)
        if not overdue and not asked and not holidays:
            return "nothing overdue"
        ledger_id = f"digest_{office_id}_{today.isoformat()}"
        if not self._ledger.claim(ledger_id, "email", now, LEASE):
            return "already sent today"
        overdue.sort(key=lambda t: t.created_at)
        lines = [f"- {t.code} ({calendar.local(t.created_at):%d-%m %H.%M}) {t.profile_name or 'Warga'}: {t.question}"
                 for t in overdue]  # fmt: skip
        subject = (
            f"[PUSPA {content.office.name}] {len(overdue)} pertanyaan belum dijawab" if overdue
            else f"[PUSPA {content.office.name}] Ringkasan harian: pertanyaan tanpa jawaban di PUSPA" if asked
            else f"[PUSPA {content.office.name}] Ringkasan harian: {holidays.split('.')[0].lower()}"
        )  # fmt: skip
        text = f"{holidays}\n" if holidays else ""
        if overdue:
            text += (
                f"Pertanyaan warga yang belum dijawab lebih dari satu hari kerja ({len(overdue)}):\n\n"
                + "\n".join(lines)
                + "\n\nJawab dari WhatsApp petugas: JAWAB <kode> <jawaban>, atau TUTUP <kode>.\n"
            )
        if asked:
            text += (
                "\nYang paling sering ditanyakan warga tetapi belum ada jawabannya di PUSPA (24 jam terakhir; "
                "angka disamarkan):\n\n"
                + "\n".join(f"- {line}" for line in asked)
                + "\n\nPertimbangkan menambah kartu atau contoh_pertanyaan di konten PUSPA.\n"
            )
        page = "<html><body>" + (f"<p><b>{html.escape(holidays)}</b></p>" if holidays else "")
        if overdue:
            items = "".join(f"<li>{html.escape(line[2:])}</li>" for line in lines)
            page += f"<p>Pertanyaan warga yang belum dijawab lebih dari satu hari kerja:</p><ul>{items}</ul>"
        if asked:
            items = "".join(f"<li>{html.escape(line)}</li>" for line in asked)
            page += f"<p>Yang paling sering ditanyakan tetapi belum ada jawabannya di PUSPA:</p><ul>{items}</ul>"
        page += "</body></html>"
        try:
            self._mailer.send(emails, subject, text.lstrip("\n"), page)
        except MailError as exc:
            self._ledger.release(ledger_id, "email")
            raise NotifyError(f"digest e-mail failed: {exc}") from exc
        self._ledger.mark_sent(ledger_id, "email", now)
        log.info("digest of office %s sent: %d overdue question(s), %d unanswered topic(s)", office_id, len(overdue),
                 len(asked))  # fmt: skip
        return f"sent {len(overdue)} overdue question(s)"

    def _collect_activity(self, office: str, today: date, now: datetime) -> None:
        """Keep each of the last days' activity (residents, messages, cards opened) as one document, from
        the sessions that carry it: the monthly report sums these. Days already kept are not redone."""
        if self._activity is None:
            return
        days = [today - timedelta(days=n) for n in range(1, ACTIVITY_DAYS)]
        kept = {str(d.get("day")) for d in self._activity.daily_documents("daily_activity", office, _iso(days))}
        for day in (d for d in days if d.isoformat() not in kept):
            figures = activity_day(self._activity.activity_of_day, office, day)
            self._activity.keep_daily_activity(
                office, day.isoformat(), figures, now + timedelta(days=KEEP_COUNTS_DAYS + 31)
            )

    def _collect_unanswered(self, office: str, content: Content, today: date, now: datetime) -> None:
        """Keep each past day's questions without a card that the sessions still hold, as counts, the
        nearest cards and only the texts several residents asked (no sender). Days already kept are not redone."""
        if self._questions is None:
            return
        days = [today - timedelta(days=n) for n in range(1, KEEP_IN_SESSION.days + 1)]
        kept = self._questions.kept_days(office, _iso(days))
        for day in (d for d in days if d.isoformat() not in kept):
            figures = unanswered_day(self._questions.unanswered_between, content, office, day)
            start, end = day_bounds(content, day)
            self._questions.keep_unanswered_day(office, day.isoformat(), figures, start, end,
                                                now + timedelta(days=KEEP_COUNTS_DAYS))  # fmt: skip

    def _asked_without_answer(self, office_id: str, content: Content, now: datetime) -> list[str]:
        """The most frequent questions since the last working day's digest that found no card, each
        with the card that comes closest (a hint for staff)."""
        if self._questions is None:
            return []
        calendar = content.office.calendar
        today = calendar.local(now).date()
        days_back = (today - timedelta(days=n) for n in range(1, 8))
        previous = next((d for d in days_back if calendar.is_working_day(d)), today - timedelta(days=1))
        since = now - (today - previous)  # since the last working day's digest: Monday covers the weekend
        asked = self._questions.unanswered_between(office_id, since, now)
        questions = [q for texts in asked for q in texts]
        lines = []
        for question, count in most_asked(questions):
            near = closest_service(question, content)
            hint = f"kartu terdekat: {near.title}" if near is not None else "belum ada kartu yang mendekati"
            lines.append(f'"{question}" — {count}× ({hint})')
        return lines


def holiday_reminder(content: Content, today: date) -> str:
    """What staff must load when a year PUSPA will count in within HOLIDAY_NOTICE_DAYS has no holidays
    loaded ("" when none, or on a day other than Monday while the registration form does not need it yet)."""
    calendar, office = content.office.calendar, content.office
    years = calendar.years_without_holidays(today, today + timedelta(days=HOLIDAY_NOTICE_DAYS))
    if not years:
        return ""
    days = (today + timedelta(days=n) for n in range(HOLIDAY_NOTICE_DAYS))
    lead = office.registration_min_working_days
    # the first day whose earliest event date the form counts into a year not loaded
    needed_from = next(
        (d for d in days if calendar.years_counted_without_holidays(d, calendar.earliest_event_date(d, lead))), None
    )
    if needed_from != today and today.weekday() != 0:
        return ""
    listed = " dan ".join(str(y) for y in years)
    *others, last = (f"{d} {MONTH_NAMES[m - 1]}" for m, d in FIXED_HOLIDAYS)
    fixed = f"{', '.join(others)} dan {last}"
    if needed_from == today:
        use = "Formulir izin resepsi sudah menghitung hari kerja tahun itu, dengan cadangan."
    elif needed_from is not None:
        use = f"Formulir izin resepsi mulai menghitung hari kerja tahun itu pada {format_day(needed_from)}."
    else:
        use = "Formulir izin resepsi dan baris buka/tutup kartu Kantor akan membutuhkannya."
    return (
        f"Hari libur {listed} belum dimuat. Daftar libur nasional dan cuti bersama {listed} belum ada di "
        f"kantor.yaml (hari_libur; kantor yang memakai dasar kabupaten: kantor.yaml dasar itu). {use} "
        f"Sampai dimuat, PUSPA menganggap {fixed} libur, menambah cadangan "
        "satu hari kerja untuk tiap lima hari kerja yang dihitung di tahun itu, dan tidak tahu hari libur "
        "lainnya (baris buka/tutup kartu Kantor bisa keliru pada hari itu). Muat seluruh tahun sekaligus dari "
        "salinan resmi SKB 3 Menteri (Menteri Agama, Menteri Ketenagakerjaan, Menteri PANRB), lalu terbitkan "
        "ulang konten (python -m content_seed; dasar kabupaten: python -m content_seed --base <dasar>, untuk "
        "semua kantornya sekaligus). Bila jam kerja Ramadan tahun itu sudah ditetapkan, muat juga "
        "di jam_khusus."
    )


def _iso(days: list[date]) -> list[str]:
    return [d.isoformat() for d in days]
