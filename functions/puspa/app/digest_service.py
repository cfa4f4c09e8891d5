"""The daily digest: one e-mail listing questions still unanswered after a working day, and what
residents asked that PUSPA had no card for (most frequent first, with the closest card).

Called by Cloud Scheduler (HTTP). Safe to call twice: the day's e-mail is claimed in the
notification ledger (`notifications/digest_{office}_{date}`) before it is sent. Each run also keeps
the past days' figures the monthly report sums (daily_activity, unanswered_daily), once per day.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta

from msgspec import Struct

from puspa.app.content_cache import ContentCache
from puspa.app.daily_figures import activity_day, day_bounds, unanswered_day
from puspa.app.ports import LEASE, ActivitySource, Ledger, Mailer, UnansweredQuestions, UnansweredSource
from puspa.conversation.search import closest_service
from puspa.domain.content import Content
from puspa.domain.delivery import ACTIVITY_DAYS
from puspa.domain.ticket import Ticket
from puspa.domain.unanswered import KEEP_COUNTS_DAYS, KEEP_IN_SESSION, most_asked
from puspa.errors import MailError, NotifyError

log = logging.getLogger(__name__)


class DigestConfig(Struct, frozen=True):
    office_id: str
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
    ) -> None:
        self._questions = questions
        self._activity = activity
        self._config = config
        self._tickets = tickets
        self._ledger = ledger
        self._mailer = mailer
        self._content = content
        self._clock = clock

    def run(self) -> str:
        """Send today's digest if there is something to tell and it was not sent yet: questions
        unanswered after a working day, and what residents asked that PUSPA had no card for."""
        content = self._content.get(self._config.office_id)
        if content is None:
            return "no content published"
        calendar = content.office.calendar
        now = self._clock()
        today = calendar.local(now).date()
        self._collect_activity(today, now)
        self._collect_unanswered(content, today, now)
        if self._mailer is None or not self._config.admin_emails:
            return "no e-mail configured"

        def waiting_since(ticket: Ticket) -> datetime:  # a follow-up restarts the wait
            return next((e.at for e in reversed(ticket.thread) if not e.from_staff), ticket.created_at)

        # Overdue once staff have had a whole working day: the first opening after it came in is
        # on an earlier day than today.
        overdue = [
            t for t in self._tickets.unanswered(self._config.office_id)
            if calendar.next_opening(waiting_since(t)).date() < today
        ]  # fmt: skip
        asked = self._asked_without_answer(content, now)
        if not overdue and not asked:
            return "nothing overdue"
        ledger_id = f"digest_{self._config.office_id}_{today.isoformat()}"
        if not self._ledger.claim(ledger_id, "email", now, LEASE):
            return "already sent today"
        overdue.sort(key=lambda t: t.created_at)
        lines = [f"- {t.code} ({calendar.local(t.created_at):%d-%m %H.%M}) {t.profile_name or 'Warga'}: {t.question}"
                 for t in overdue]  # fmt: skip
        subject = (
            f"[PUSPA {content.office.name}] {len(overdue)} pertanyaan belum dijawab" if overdue
            else f"[PUSPA {content.office.name}] Ringkasan harian: pertanyaan tanpa jawaban di PUSPA"
        )  # fmt: skip
        text = ""
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
        page = "<html><body>"
        if overdue:
            items = "".join(f"<li>{html.escape(line[2:])}</li>" for line in lines)
            page += f"<p>Pertanyaan warga yang belum dijawab lebih dari satu hari kerja:</p><ul>{items}</ul>"
        if asked:
            items = "".join(f"<li>{html.escape(line)}</li>" for line in asked)
            page += f"<p>Yang paling sering ditanyakan tetapi belum ada jawabannya di PUSPA:</p><ul>{items}</ul>"
        page += "</body></html>"
        try:
            self._mailer.send(self._config.admin_emails, subject, text.lstrip("\n"), page)
        except MailError as exc:
            self._ledger.release(ledger_id, "email")
            raise NotifyError(f"digest e-mail failed: {exc}") from exc
        self._ledger.mark_sent(ledger_id, "email", now)
        log.info("digest sent: %d overdue question(s), %d unanswered topic(s)", len(overdue), len(asked))
        return f"sent {len(overdue)} overdue question(s)"

    def _collect_activity(self, today: date, now: datetime) -> None:
        """Keep each of the last days' activity (residents, messages, cards opened) as one document, from
        the sessions that carry it: the monthly report sums these. Days already kept are not redone."""
        if self._activity is None:
            return
        office = self._config.office_id
        days = [today - timedelta(days=n) for n in range(1, ACTIVITY_DAYS)]
        kept = {str(d.get("day")) for d in self._activity.daily_documents("daily_activity", office, _iso(days))}
        for day in (d for d in days if d.isoformat() not in kept):
            figures = activity_day(self._activity.activity_of_day, office, day)
            self._activity.keep_daily_activity(
                office, day.isoformat(), figures, now + timedelta(days=KEEP_COUNTS_DAYS + 31)
            )

    def _collect_unanswered(self, content: Content, today: date, now: datetime) -> None:
        """Keep each past day's questions without a card that the sessions still hold, as counts, the
        nearest cards and only the texts several residents asked (no sender). Days already kept are not redone."""
        if self._questions is None:
            return
        self._questions.forget_legacy_texts()
        office = self._config.office_id
        days = [today - timedelta(days=n) for n in range(1, KEEP_IN_SESSION.days + 1)]
        kept = self._questions.kept_days(office, _iso(days))
        for day in (d for d in days if d.isoformat() not in kept):
            figures = unanswered_day(self._questions.unanswered_between, content, office, day)
            start, end = day_bounds(content, day)
            self._questions.keep_unanswered_day(office, day.isoformat(), figures, start, end,
                                                now + timedelta(days=KEEP_COUNTS_DAYS))  # fmt: skip

    def _asked_without_answer(self, content: Content, now: datetime) -> list[str]:
        """The most frequent questions since the last working day's digest that found no card, each
        with the card that comes closest (a hint for staff)."""
        if self._questions is None:
            return []
        calendar = content.office.calendar
        today = calendar.local(now).date()
        days_back = (today - timedelta(days=n) for n in range(1, 8))
        previous = next((d for d in days_back if calendar.is_working_day(d)), today - timedelta(days=1))
        since = now - (today - previous)  # since the last working day's digest: Monday covers the weekend
        asked = self._questions.unanswered_between(self._config.office_id, since, now)
        questions = [q for texts in asked for q in texts]
        lines = []
        for question, count in most_asked(questions):
            near = closest_service(question, content)
            hint = f"kartu terdekat: {near.title}" if near is not None else "belum ada kartu yang mendekati"
            lines.append(f'"{question}" — {count}× ({hint})')
        return lines


def _iso(days: list[date]) -> list[str]:
    return [d.isoformat() for d in days]
