"""notify_admins: tell staff about new requests, cancellations, questions and follow-ups, once per channel.

Each channel (the e-mail to PUSPA_ADMIN_EMAILS, a WhatsApp template to each number in
PUSPA_ADMIN_WA_IDS) is claimed in the notification ledger before sending and marked sent after.
A failed channel is released and the function raises, so Eventarc delivers the event again;
channels already sent are skipped then. Events older than `max_age` are ignored.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import Any

from msgspec import Struct

from puspa.app.content_cache import ContentCache
from puspa.app.ports import LEASE, Ledger, Mailer, MessageRefs, MessageSender, SessionStore
from puspa.app.staff_notices import (
    StaffNotice,
    cancellation,
    email_html,
    email_text,
    new_question,
    new_registration,
    question_followup,
)
from puspa.conversation.replies import TemplateReply, TextReply
from puspa.domain.content import Content
from puspa.domain.privacy import message_tag, tag_key
from puspa.domain.readiness import KINDS
from puspa.domain.sender import Sender
from puspa.errors import GraphApiError, MailError, MessageLimitError, NotifyError
from puspa.eventarc import DocumentEvent, EventDecodeError, decode_document_event
from puspa.whatsapp.limits import flatten_parameter
from puspa.whatsapp.messages import build_message, build_template

WINDOW = timedelta(hours=23, minutes=50)  # WhatsApp's 24-hour customer-service window, with a margin

log = logging.getLogger(__name__)


def channel_id(key: bytes, wa_id: str) -> str:
    """A stable ledger key for a number that does not reveal it (ledger ids appear in logs): a keyed
    hash, so the 10-odd digits of an Indonesian number cannot be tried back from it."""
    return "wa_" + message_tag(key, wa_id).removeprefix("m:")


class NotifyConfig(Struct, frozen=True):
    admin_emails: tuple[str, ...]
    staff_by_office: Mapping[str, tuple[str, ...]]  # office id -> staff numbers sent the template
    template: str  # new requests: has Proses/Setuju quick replies
    info_template: str  # cancellations, questions, follow-ups: no buttons
    language: str
    max_age: timedelta
    ready_template: str = "puspa_dokumen_siap"  # a resident's document is ready (outside the 24-hour window)
    channel_secret: str = ""  # keys the ledger's per-number channel ids (PUSPA_HASH_SECRET in production)


class NotifyService:
    def __init__(
        self,
        config: NotifyConfig,
        ledger: Ledger,
        mailer: Mailer | None,
        sender: MessageSender,
        content: ContentCache,
        clock: Callable[[], datetime],
        refs: MessageRefs,
        sessions: SessionStore | None = None,
    ) -> None:
        self._sessions = sessions
        self._channel_key = tag_key(config.channel_secret)
        self._config = config
        self._ledger = ledger
        self._mailer = mailer
        self._sender = sender
        self._refs = refs
        self._content = content
        self._clock = clock

    def handle_cloud_event(self, attributes: dict[str, Any], data: Any) -> str:
        """Entry point for a CloudEvent; returns what was done (for logs and tests)."""
        try:
            event = decode_document_event(attributes, data)
        except EventDecodeError as exc:
            log.error("notify_admins: ignoring an event that cannot be read: %s", exc)
            return "unreadable"
        return self.handle(event)

    def _when(self, event: DocumentEvent, content: Content | None) -> str:
        if event.time is None:
            return ""
        if content is None:
            return f"{event.time:%d-%m-%Y %H.%M} UTC"
        calendar = content.office.calendar
        return f"{calendar.local(event.time):%d-%m-%Y %H.%M} {calendar.zone}"

    def _compose(self, event: DocumentEvent, content: Content | None) -> StaffNotice | None:
        office_name = content.office.name if content is not None else "PUSPA"
        service = content.service(str(event.fields.get("service_id", ""))) if content is not None else None
        title = service.title if service is not None else ""
        template, info, language = self._config.template, self._config.info_template, self._config.language
        kind = event.fields.get("kind")
        if event.collection == "registrations":
            return new_registration(event.fields, office_name, template, language)
        if event.collection == "tickets":
            return new_question(event.fields, office_name, title, info, language)
        if event.collection == "notices" and kind == "registration_cancelled":
            return cancellation(event.fields, office_name, info, language)
        if event.collection == "notices" and kind == "ticket_followup":
            return question_followup(event.fields, office_name, title, info, language)
        return None

    def handle(self, event: DocumentEvent) -> str:
        now = self._clock()
        if event.time is not None and now - event.time > self._config.max_age:
            log.warning(
                "notify_admins: ignoring %s from %s (older than %s)", event.path, event.time, self._config.max_age
            )
            return "too old"
        office_id = str(event.fields.get("office_id", ""))
        content = self._content.get(office_id) if office_id else None
        if event.collection == "notices" and event.fields.get("kind") == "document_ready":
            return self._tell_residents(event, office_id, now)
        notice = self._compose(event, content)
        if notice is None:
            log.info("notify_admins: nothing to tell staff about %s", event.collection)
            return "ignored"
        ledger_id = event.path.replace("/", "_")
        channels: list[tuple[str, Callable[[], None]]] = []
        if self._config.admin_emails and self._mailer is not None:
            mailer = self._mailer
            when = self._when(event, content)
            text, html = email_text(notice, when), email_html(notice, when)
            channels.append(("email", lambda: mailer.send(self._config.admin_emails, notice.subject, text, html)))
        for wa_id in self._config.staff_by_office.get(office_id, ()):
            payload = build_template(Sender(wa_id, ""), notice.template)
            channels.append((channel_id(self._channel_key, wa_id), functools.partial(self._send, notice, payload, now)))
        self._send_once(ledger_id, channels, now)
        return f"sent {len(channels)} channel(s)"

    def _send_once(self, ledger_id: str, channels: list[tuple[str, Callable[[], None]]], now: datetime) -> None:
        """Each channel claimed, sent, marked sent; a failed one is released and the event raised again
        (Eventarc retries it alone: the others are already marked)."""
        failed = []
        for channel, send in channels:
            if not self._ledger.claim(ledger_id, channel, now, LEASE):
                continue
            try:
                send()
            except (MailError, GraphApiError, MessageLimitError) as exc:
                self._ledger.release(ledger_id, channel)
                log.error("notify_admins: %s of %s failed: %s", channel, ledger_id, exc)
                failed.append(channel)
                continue
            self._ledger.mark_sent(ledger_id, channel, now)
        if failed:
            raise NotifyError(
                f"{len(failed)} of {len(channels)} channel(s) failed for {ledger_id}; Eventarc will retry"
            )

    def _tell_residents(self, event: DocumentEvent, office_id: str, now: datetime) -> str:
        """A document became ready: each resident who tapped "Kabari saya" gets one message — free-form
        inside their 24-hour window, the template outside it — once, whatever Eventarc redelivers."""
        ledger_id = event.path.replace("/", "_")
        kind = KINDS.get(str(event.fields.get("document_kind", "")), "Dokumen")
        number = str(event.fields.get("number", ""))
        text = (
            f"✅ Kabar gembira: {kind} nomor *{number}* sudah jadi dan bisa diambil.\n"
            "Ketik *cek dokumen* untuk tempat, jam dan yang perlu dibawa."
        )
        template = TemplateReply(self._config.ready_template, self._config.language,
                                 (flatten_parameter(kind), flatten_parameter(number)))  # fmt: skip
        residents = [
            Sender(str(s.get("wa_id", "")), str(s.get("user_id", "")))
            for s in event.fields.get("subscribers") or [] if isinstance(s, dict)
        ]  # fmt: skip
        channels: list[tuple[str, Callable[[], None]]] = [
            (channel_id(self._channel_key, r.key), functools.partial(self._tell, office_id, r, text, template, now))
            for r in residents
        ]
        self._send_once(ledger_id, channels, now)
        return f"told {len(residents)} resident(s)"

    def _tell(self, office_id: str, resident: Sender, text: str, template: TemplateReply, now: datetime) -> None:
        self._sender.send_message(office_id, self._resident_payload(office_id, resident, text, template, now))

    def _resident_payload(
        self, office_id: str, resident: Sender, text: str, template: TemplateReply, now: datetime
    ) -> dict[str, Any]:
        stored = self._sessions.load_session(f"{office_id}_{resident.key}") if self._sessions else None
        last_seen = stored.session.last_seen if stored and stored.session else None
        if last_seen is not None and now - last_seen < WINDOW:
            return build_message(resident, TextReply(text))
        return build_template(resident, template)

    def _send(self, notice: StaffNotice, payload: dict[str, Any], now: datetime) -> None:
        wamid = self._sender.send_message(notice.office_id, payload)
        if notice.ticket_code and wamid:  # a WhatsApp reply to this message answers the question
            self._refs.remember_message(notice.office_id, wamid, notice.ticket_code, now)
