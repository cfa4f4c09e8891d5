"""The daily digest: one e-mail listing questions still unanswered after a working day.

Called by Cloud Scheduler (HTTP). Safe to call twice: the day's e-mail is claimed in the
notification ledger (`notifications/digest_{office}_{date}`) before it is sent.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from puspa.app.content_cache import ContentCache
from puspa.app.ports import LEASE, Ledger, Mailer, UnansweredSource
from puspa.domain.ticket import Ticket
from puspa.errors import MailError, NotifyError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DigestConfig:
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
    ) -> None:
        self._config = config
        self._tickets = tickets
        self._ledger = ledger
        self._mailer = mailer
        self._content = content
        self._clock = clock

    def run(self) -> str:
        """Send today's digest if there is something overdue and it was not sent yet."""
        if self._mailer is None or not self._config.admin_emails:
            return "no e-mail configured"
        content = self._content.get(self._config.office_id)
        if content is None:
            return "no content published"
        calendar = content.office.calendar
        now = self._clock()
        today = calendar.local(now).date()

        def waiting_since(ticket: Ticket) -> datetime:  # a follow-up restarts the wait
            return next((e.at for e in reversed(ticket.thread) if not e.from_staff), ticket.created_at)

        # Overdue once staff have had a whole working day: the first opening after it came in is
        # on an earlier day than today.
        overdue = [
            t for t in self._tickets.unanswered(self._config.office_id)
            if calendar.next_opening(waiting_since(t)).date() < today
        ]  # fmt: skip
        if not overdue:
            return "nothing overdue"
        ledger_id = f"digest_{self._config.office_id}_{today.isoformat()}"
        if not self._ledger.claim(ledger_id, "email", now, LEASE):
            return "already sent today"
        overdue.sort(key=lambda t: t.created_at)
        lines = [f"- {t.code} ({calendar.local(t.created_at):%d-%m %H.%M}) {t.profile_name or 'Warga'}: {t.question}"
                 for t in overdue]  # fmt: skip
        subject = f"[PUSPA {content.office.name}] {len(overdue)} pertanyaan belum dijawab"
        text = (
            f"Pertanyaan warga yang belum dijawab lebih dari satu hari kerja ({len(overdue)}):\n\n"
            + "\n".join(lines)
            + "\n\nJawab dari WhatsApp petugas: JAWAB <kode> <jawaban>, atau TUTUP <kode>.\n"
        )
        items = "".join(f"<li>{html.escape(line[2:])}</li>" for line in lines)
        intro = "<p>Pertanyaan warga yang belum dijawab lebih dari satu hari kerja:</p>"
        page = f"<html><body>{intro}<ul>{items}</ul></body></html>"
        try:
            self._mailer.send(self._config.admin_emails, subject, text, page)
        except MailError as exc:
            self._ledger.release(ledger_id, "email")
            raise NotifyError(f"digest e-mail failed: {exc}") from exc
        self._ledger.mark_sent(ledger_id, "email", now)
        log.info("digest sent: %d overdue question(s)", len(overdue))
        return f"sent {len(overdue)} overdue question(s)"
