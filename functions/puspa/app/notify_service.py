"""notify_admins (deployed under that name): tell the people a stored record concerns, once per channel.

Eventarc delivers each new registration, ticket or notice. What it means is looked up by its kind
(the collection, or a notice's `kind`) in two tables the dialogues' shell modules register
(`STAFF_NOTICES`, `RESIDENT_NOTICES` in `puspa.app.handlers.*`, collected in the composition root):
- a staff notice goes to the e-mail of PUSPA_ADMIN_EMAILS and as a WhatsApp template to each staff
  number of the office;
- a resident notice (a document is ready) goes to each resident who asked, inside their 24-hour
  window as a message, outside it as the template (`customer_window`).
Each channel is claimed in the notification ledger before sending and marked sent after. A failed
channel is released and the function raises, so Eventarc delivers the event again; channels
already sent are skipped then. Events older than `max_age` are ignored.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime, timedelta
from types import ModuleType
from typing import Any

from msgspec import Struct
from msgspec.structs import replace

from puspa.app.content_cache import ContentCache
from puspa.app.customer_window import payload_for
from puspa.app.ports import LEASE, Ledger, Mailer, MessageRefs, MessageSender, SessionStore
from puspa.app.staff_notices import VIEW_LINK_LABEL, NoticeTemplates, StaffNotice, email_html, email_text
from puspa.conversation.replies import Reply, TemplateReply
from puspa.domain.content import Content
from puspa.domain.privacy import message_tag, tag_key
from puspa.domain.sender import Sender
from puspa.domain.staff import NOTICES, OfficeStaff, recipient_emails
from puspa.errors import GraphApiError, MailError, MessageLimitError, NotifyError
from puspa.eventarc import DocumentEvent, EventDecodeError, decode_document_event
from puspa.whatsapp.limits import flatten_parameter
from puspa.whatsapp.messages import build_template
from puspa.whatsapp.templates import BY_SETTING

# (office id, code, staff e-mail or number, now) -> that staff member's own link to a record's papers
ViewLinks = Callable[[str, str, str, datetime], str]
# (fields, office name, service title, templates) -> what staff are told
StaffComposer = Callable[[dict[str, Any], str, str, NoticeTemplates], StaffNotice]
# (fields, template, language) -> the residents to tell, the message, the template outside their window
ResidentComposer = Callable[[dict[str, Any], str, str], tuple[tuple[Sender, ...], Reply, TemplateReply]]


class NoticeKinds(Struct, frozen=True):
    """The dialogues' notice tables, by event kind (a collection, or a notice's `kind`)."""

    staff: Mapping[str, StaffComposer]
    residents: Mapping[str, ResidentComposer]

    @classmethod
    def of(cls, modules: Iterable[ModuleType]) -> NoticeKinds:
        modules = tuple(modules)
        staff = {k: v for m in modules for k, v in getattr(m, "STAFF_NOTICES", {}).items()}
        residents = {k: v for m in modules for k, v in getattr(m, "RESIDENT_NOTICES", {}).items()}
        return cls(staff, residents)


def event_kind(event: DocumentEvent) -> str:
    """A registration or ticket is known by its collection; a notice by its `kind`."""
    return str(event.fields.get("kind", "")) if event.collection == "notices" else event.collection


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
    ready_template: str = BY_SETTING["PUSPA_READY_TEMPLATE"].name  # a resident's document is ready (outside the window)
    channel_secret: str = ""  # keys the ledger's per-number channel ids (PUSPA_HASH_SECRET in production)
    default_office: str = ""  # the office `admin_emails` belong to (the deployment's own, before petugas.yaml)


class Recipients(Struct, frozen=True):
    """Who is told at one office, and with which templates: its petugas.yaml when it has published
    staff or e-mails, else (its own office only) the deployment's settings."""

    emails: tuple[str, ...]
    numbers: tuple[str, ...]
    templates: NoticeTemplates
    ready_template: str


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
        sessions: SessionStore,
        kinds: NoticeKinds,
        links: ViewLinks | None = None,
    ) -> None:
        self._links = links
        self._sessions = sessions
        self._kinds = kinds
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

    def recipients(self, office_id: str, content: Content | None) -> Recipients:
        config = self._config
        staff = content.staff if content is not None else OfficeStaff()
        emails = recipient_emails(staff, NOTICES, office_id, config.default_office, config.admin_emails)
        numbers = sorted(staff.numbers_or(config.staff_by_office.get(office_id, ()), NOTICES))
        named = staff.templates
        templates = NoticeTemplates(
            named.get("pemberitahuan") or config.template, named.get("info") or config.info_template,
            named.get("bahasa") or config.language,
        )  # fmt: skip
        return Recipients(tuple(emails), tuple(numbers), templates, named.get("dokumen_siap") or config.ready_template)

    def _compose(self, event: DocumentEvent, content: Content | None, templates: NoticeTemplates) -> StaffNotice | None:
        composer = self._kinds.staff.get(event_kind(event))
        if composer is None:
            return None
        office_name = content.office.name if content is not None else "PUSPA"
        service = content.service(str(event.fields.get("service_id", ""))) if content is not None else None
        return composer(event.fields, office_name, service.title if service is not None else "", templates)

    def handle(self, event: DocumentEvent) -> str:
        now = self._clock()
        if event.time is not None and now - event.time > self._config.max_age:
            log.warning(
                "notify_admins: ignoring %s from %s (older than %s)", event.path, event.time, self._config.max_age
            )
            return "too old"
        office_id = str(event.fields.get("office_id", ""))
        content = self._content.get(office_id) if office_id else None
        to = self.recipients(office_id, content)
        if event_kind(event) in self._kinds.residents:
            return self._tell_residents(event, office_id, now, to)
        notice = self._compose(event, content, to.templates)
        if notice is None:
            log.info("notify_admins: nothing to tell staff about %s", event.collection)
            return "ignored"
        ledger_id = event.path.replace("/", "_")
        if notice.view_code and self._links is not None:
            channels = self._personal_channels(notice, to, event, content, now)
        else:
            channels = self._channels(notice, to, event, content, now)
        self._send_once(ledger_id, channels, now)
        return f"sent {len(channels)} channel(s)"

    def _channels(
        self, notice: StaffNotice, to: Recipients, event: DocumentEvent, content: Content | None, now: datetime
    ) -> list[tuple[str, Callable[[], None]]]:
        """One e-mail to every address, one template to each staff number."""
        channels: list[tuple[str, Callable[[], None]]] = []
        if to.emails and self._mailer is not None:
            mailer = self._mailer
            when = self._when(event, content)
            text, html = email_text(notice, when), email_html(notice, when)
            channels.append(("email", lambda: mailer.send(to.emails, notice.subject, text, html)))
        for wa_id in to.numbers:
            payload = build_template(Sender(wa_id, ""), notice.template)
            channels.append((channel_id(self._channel_key, wa_id), functools.partial(self._send, notice, payload, now)))
        return channels

    def _personal_channels(
        self, notice: StaffNotice, to: Recipients, event: DocumentEvent, content: Content | None, now: datetime
    ) -> list[tuple[str, Callable[[], None]]]:
        """A notice whose link is personal (papers to check: who opened them is recorded): one e-mail per
        address and one template per number, each with that person's own link."""
        assert self._links is not None
        links, when = self._links, self._when(event, content)
        channels: list[tuple[str, Callable[[], None]]] = []
        mailer = self._mailer
        for address in to.emails if mailer is not None else ():
            assert mailer is not None
            link = links(notice.office_id, notice.view_code, address, now)
            own = replace(notice, rows=(*notice.rows, (VIEW_LINK_LABEL, link)))
            text, html = email_text(own, when), email_html(own, when)
            send = functools.partial(mailer.send, (address,), own.subject, text, html)
            channels.append(("email_" + channel_id(self._channel_key, address).removeprefix("wa_"), send))
        for wa_id in to.numbers:
            link = links(notice.office_id, notice.view_code, wa_id, now)
            *head, last = notice.template.parameters
            template = replace(notice.template, parameters=(*head, flatten_parameter(f"{last} · Lihat: {link}", 900)))
            payload = build_template(Sender(wa_id, ""), template)
            channels.append((channel_id(self._channel_key, wa_id), functools.partial(self._send, notice, payload, now)))
        return channels

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

    def _tell_residents(self, event: DocumentEvent, office_id: str, now: datetime, to: Recipients) -> str:
        """Each resident who asked (e.g. tapped "Kabari saya") gets one message — free-form inside their
        24-hour window, the template outside it — once, whatever Eventarc redelivers."""
        ledger_id = event.path.replace("/", "_")
        compose = self._kinds.residents[event_kind(event)]
        residents, reply, template = compose(event.fields, to.ready_template, to.templates.language)
        channels: list[tuple[str, Callable[[], None]]] = [
            (channel_id(self._channel_key, r.key), functools.partial(self._tell, office_id, r, reply, template, now))
            for r in residents
        ]
        self._send_once(ledger_id, channels, now)
        return f"told {len(residents)} resident(s)"

    def _tell(self, office_id: str, resident: Sender, reply: Reply, template: TemplateReply, now: datetime) -> None:
        payload = payload_for(self._sessions, office_id, resident, reply, template, now)
        if payload is not None:  # always, with a template
            self._sender.send_message(office_id, payload)

    def _send(self, notice: StaffNotice, payload: dict[str, Any], now: datetime) -> None:
        wamid = self._sender.send_message(notice.office_id, payload)
        if notice.ticket_code and wamid:  # a WhatsApp reply to this message answers the question
            self._refs.remember_message(notice.office_id, wamid, notice.ticket_code, now)
