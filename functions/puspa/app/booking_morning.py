"""Each working-day morning, per office (run by the daily scheduler call with the digest): staff get
the day's counter bookings by e-mail, and residents who asked for it get a reminder of tomorrow's
visit (the next working day's), a template with a "Batalkan" button. Nothing else is sent unasked:
every outbound message is billed.

Each is claimed in the notification ledger before it is sent (`bookings_{office}_{day}` for the
e-mail, `remind_{booking}_{day}` per reminder), so a second call the same morning sends nothing twice.
"""

from __future__ import annotations

import html
import logging
from datetime import date, datetime, timedelta
from typing import Protocol

from msgspec import Struct

from puspa.app.handlers.booking import BookingStore
from puspa.app.ports import LEASE, Ledger, Mailer
from puspa.conversation.booking.model import CANCEL_ASK, queue
from puspa.conversation.booking.screens import staff_day_text
from puspa.conversation.replies import TemplateReply
from puspa.domain.booking import Booking, BookingStatus
from puspa.domain.calendar import format_day
from puspa.domain.content import Content
from puspa.domain.sender import Sender
from puspa.domain.staff import NOTICES, recipient_emails
from puspa.errors import GraphApiError, MailError, NotifyError
from puspa.whatsapp.limits import flatten_parameter
from puspa.whatsapp.messages import build_template

log = logging.getLogger(__name__)


class MessageSender(Protocol):
    def send_message(self, office_id: str, payload: dict[str, object]) -> str: ...


class MorningConfig(Struct, frozen=True):
    default_office: str
    admin_emails: tuple[str, ...]
    reminder_template: str
    language: str


def next_working_day(content: Content, today: date) -> date | None:
    calendar = content.office.calendar
    return next((today + timedelta(days=n) for n in range(1, 31) if calendar.is_working_day(today + timedelta(days=n))),
                None)  # fmt: skip


def reminder(booking: Booking, name: str, language: str) -> TemplateReply:
    """{{1}} service, {{2}} day and hour, {{3}} queue number, {{4}} counter; the button cancels."""
    parameters = (booking.service_title, booking.when, booking.code, booking.counter or "loket layanan")
    return TemplateReply(name, language, tuple(flatten_parameter(p, 200) for p in parameters),
                         button_payloads=(f"{CANCEL_ASK}{booking.id}",))  # fmt: skip


class BookingMorning:
    def __init__(
        self,
        config: MorningConfig,
        bookings: BookingStore,
        ledger: Ledger,
        mailer: Mailer | None,
        sender: MessageSender | None,
    ) -> None:
        self._config = config
        self._bookings = bookings
        self._ledger = ledger
        self._mailer = mailer
        self._sender = sender

    def run_office(self, office_id: str, content: Content, now: datetime) -> str:
        """Today's list to staff, tomorrow's reminders; "" at an office without antrian.yaml."""
        if queue(content) is None:
            return ""
        today = content.office.calendar.local(now).date()
        working = content.office.calendar.is_working_day(today)
        done = [self._day_list(office_id, content, today, now)] if working else []
        tomorrow = next_working_day(content, today)
        if tomorrow is not None:
            done.append(self._remind(office_id, content, tomorrow, now))
        return "; ".join(d for d in done if d)

    def _day_list(self, office_id: str, content: Content, today: date, now: datetime) -> str:
        config = self._config
        emails = recipient_emails(content.staff, NOTICES, office_id, config.default_office, config.admin_emails)
        if self._mailer is None or not emails:
            return "bookings: no e-mail configured"
        ledger_id = f"bookings_{office_id}_{today.isoformat()}"
        if not self._ledger.claim(ledger_id, "email", now, LEASE):
            return "bookings: already sent"
        bookings = self._bookings.of_day(office_id, today.isoformat())
        live = [b for b in bookings if b.status is not BookingStatus.BATAL]
        text = staff_day_text(bookings, today).replace("*", "")
        rows = "".join(
            f"<tr><td>{html.escape(b.code)}</td><td>{html.escape(b.slot_label)}</td>"
            f"<td>{html.escape(b.service_title)}</td><td>{html.escape(b.counter)}</td></tr>"
            for b in sorted(live, key=lambda b: (b.slot, b.code))
        )
        page = (f"<html><body><p><b>Antrian {html.escape(format_day(today))}</b> ({len(live)})</p>"
                f"<table border=1 cellpadding=4><tr><th>Nomor</th><th>Jam</th><th>Layanan</th><th>Loket</th></tr>"
                f"{rows}</table><p>Tandai dari WhatsApp petugas: HADIR &lt;nomor&gt; atau "
                "TIDAK HADIR &lt;nomor&gt;.</p>"
                "</body></html>")  # fmt: skip
        subject = f"[PUSPA {content.office.name}] Antrian {format_day(today)}: {len(live)} warga"
        try:
            self._mailer.send(emails, subject, text, page)
        except MailError as exc:
            self._ledger.release(ledger_id, "email")
            raise NotifyError(f"booking list e-mail failed: {exc}") from exc
        self._ledger.mark_sent(ledger_id, "email", now)
        return f"bookings: list of {len(live)} sent"

    def _remind(self, office_id: str, content: Content, day: date, now: datetime) -> str:
        if self._sender is None:
            return ""
        name = content.staff.templates.get("pengingat") or self._config.reminder_template
        language = content.staff.templates.get("bahasa") or self._config.language
        sent = failed = 0
        for booking in self._bookings.to_remind(office_id, day.isoformat()):
            ledger_id = f"remind_{booking.id}_{day.isoformat()}"
            if not self._ledger.claim(ledger_id, "whatsapp", now, LEASE):
                continue
            resident = Sender(booking.resident_wa_id, booking.resident_user_id)
            try:
                self._sender.send_message(office_id, build_template(resident, reminder(booking, name, language)))
            except GraphApiError as exc:
                if exc.transient or exc.outage:  # tried again by the scheduler's retry
                    self._ledger.release(ledger_id, "whatsapp")
                    failed += 1
                else:  # this resident cannot get it (blocked, no WhatsApp): not worth failing every retry for
                    self._ledger.mark_sent(ledger_id, "whatsapp", now)
                log.warning("reminder of %s not sent (code %s)", booking.code, exc.code)
                continue
            self._ledger.mark_sent(ledger_id, "whatsapp", now)
            sent += 1
        if failed:
            raise NotifyError(f"{failed} booking reminder(s) not sent; the scheduler's retry sends them")
        return f"reminders: {sent} sent"
