"""Composition root: builds each deployed function's service with its real adapters from Settings.

Each builder imports what only its function needs (notification decoding, charts, e-mail), so an
instance of one function never loads another's stack: that is most of a cold start.

A dialogue that stores something adds its shell module to HANDLER_MODULES (its effect handlers,
erase and STATUS hooks, notices) and, when it brings a store, that store to `dependencies`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from types import ModuleType
from typing import TYPE_CHECKING

from puspa.app.config import Settings
from puspa.app.content_cache import ContentCache
from puspa.app.logs import configure_logging
from puspa.store import FirestoreStore, FirestoreTicketStore
from puspa.whatsapp.graph import GraphClient

HANDLER_MODULES: tuple[str, ...] = (  # each dialogue's shell side (puspa.app.handlers.<dialogue>)
    "registration",
    "question",
    "erase",
    "status",
    "survey",
    "readiness",
    "complaint",
    "papers",
    "unanswered",
    "booking",
)


def handler_modules() -> tuple[ModuleType, ...]:
    """The modules of HANDLER_MODULES, imported (the webhook and notify functions need them; the others not)."""
    import importlib

    return tuple(importlib.import_module(f"puspa.app.handlers.{name}") for name in HANDLER_MODULES)


def dependencies(
    store: FirestoreStore,
    keep_closed_tickets: timedelta,
    keep_after_event: timedelta,
    paper_files: object | None = None,
    media: object | None = None,
) -> dict[str, object]:
    """What effect handlers may name as parameters, built on one Firestore store. `paper_files` (the
    papers bucket) and `media` (the Graph API client) are only needed by a webhook that keeps files:
    without them a file is refused politely and nothing else changes."""
    from puspa.app.handlers.papers import NoBucket
    from puspa.store import (
        FirestoreReadinessStore,
        FirestoreRegistrationStore,
        FirestoreSurveyStore,
        FirestoreUnansweredStore,
    )
    from puspa.store.bookings import FirestoreBookingStore
    from puspa.store.complaints import FirestoreComplaintStore
    from puspa.store.papers import FirestorePapersStore

    return {
        "sessions": store,
        "registrations": FirestoreRegistrationStore(store),
        "tickets": FirestoreTicketStore(store, keep_closed=keep_closed_tickets),
        "surveys": FirestoreSurveyStore(store),
        "readiness": FirestoreReadinessStore(store),
        "unanswered": FirestoreUnansweredStore(store),
        "keep_after_event": keep_after_event,
        "complaints": FirestoreComplaintStore(store),
        "receipts": store,
        "bookings": FirestoreBookingStore(store),
        "papers": FirestorePapersStore(store),
        "paper_files": paper_files or NoBucket(),
        "media": media or NoBucket(),
    }


if TYPE_CHECKING:
    from puspa.app.booking_morning import BookingMorning
    from puspa.app.digest_service import DigestService
    from puspa.app.flow_endpoint import FlowEndpointService, Provider
    from puspa.app.notify_service import NotifyService
    from puspa.app.papers_view import PapersViewService
    from puspa.app.ports import Ledger, Mailer
    from puspa.app.report_service import ReportService
    from puspa.app.webhook_service import WebhookService
    from puspa.bucket import PapersBucket
    from puspa.mail import SmtpMailer


def utc_now() -> datetime:
    return datetime.now(UTC)


def _firestore(settings: Settings) -> FirestoreStore:
    """The store every function opens, once its log format is set."""
    configure_logging(settings.log_level)
    return FirestoreStore.for_project(settings.google_cloud_project)


def _tickets(store: FirestoreStore, settings: Settings) -> FirestoreTicketStore:
    return FirestoreTicketStore(store, keep_closed=timedelta(days=settings.ticket_keep_days))


def _content(store: FirestoreStore, settings: Settings) -> ContentCache:
    return ContentCache(store, settings.content_refresh_s)


def _graph(settings: Settings) -> GraphClient:
    return GraphClient(
        settings.whatsapp_api_url,
        settings.whatsapp_token,
        timeout_s=settings.graph_timeout_s,
        max_attempts=settings.graph_max_attempts,
        proxies=settings.graph_proxies,
        ca_bundle=settings.ca_bundle,
    )


def _bucket(settings: Settings) -> PapersBucket | None:
    """The papers bucket (None when PUSPA_PAPERS_BUCKET is not set)."""
    if not settings.papers_bucket:
        return None
    from puspa.bucket import PapersBucket

    return PapersBucket.for_project(settings.google_cloud_project, settings.papers_bucket,
                                   settings.papers_signing_key, settings.storage_emulator_host)  # fmt: skip


def _view_links(settings: Settings) -> Callable[[str, str, str, datetime], str] | None:
    if not settings.papers_view_url:
        return None
    from puspa.app.handlers.papers import view_link

    return functools.partial(view_link, settings.papers_view_url, settings.hash_secret)


def _mailer(settings: Settings) -> SmtpMailer | None:
    from puspa.mail import SmtpConfig, SmtpMailer

    if not settings.smtp_host:  # no e-mail at all (an office's petugas.yaml may still name addresses)
        return None
    return SmtpMailer(SmtpConfig(
        settings.smtp_host, settings.smtp_port, settings.smtp_security, settings.smtp_user,
        settings.smtp_password, settings.smtp_from,
    ))  # fmt: skip


def build_digest_service(settings: Settings) -> DigestService:
    from puspa.app.digest_service import DigestConfig, DigestService
    from puspa.store import FirestoreNotificationLedger, FirestoreUnansweredStore

    store = _firestore(settings)
    tickets = _tickets(store, settings)
    config = DigestConfig(settings.whatsapp_phone_number_id, settings.admin_emails)
    cache = _content(store, settings)
    ledger = FirestoreNotificationLedger(store)
    questions = FirestoreUnansweredStore(store)
    mailer = _mailer(settings)
    return DigestService(config, tickets, ledger, mailer, cache, utc_now, questions, store,
                         _booking_morning(settings, store, ledger, mailer))  # fmt: skip


def _booking_morning(
    settings: Settings, store: FirestoreStore, ledger: Ledger, mailer: Mailer | None
) -> BookingMorning:
    from puspa.app.booking_morning import BookingMorning, MorningConfig
    from puspa.store.bookings import FirestoreBookingStore

    config = MorningConfig(settings.whatsapp_phone_number_id, settings.admin_emails, settings.reminder_template,
                           settings.template_language)  # fmt: skip
    return BookingMorning(config, FirestoreBookingStore(store), ledger, mailer, _graph(settings))


def build_report_service(settings: Settings) -> ReportService:
    from puspa.app.report_service import ReportConfig, ReportService
    from puspa.app.rollup_service import RollupConfig, RollupService
    from puspa.store import FirestoreMonthSource, FirestoreNotificationLedger

    store = _firestore(settings)
    tickets = _tickets(store, settings)
    config = ReportConfig(settings.whatsapp_phone_number_id, settings.admin_emails)
    cache = _content(store, settings)
    source = FirestoreMonthSource(store, tickets)
    ledger, mailer = FirestoreNotificationLedger(store), _mailer(settings)
    rollup = RollupService(RollupConfig(settings.rollup_emails, settings.whatsapp_phone_number_id), source, ledger,
                           mailer, cache, utc_now)  # fmt: skip
    from puspa.store.bookings import FirestoreBookingStore
    from puspa.store.papers import FirestorePapersStore

    return ReportService(config, source, ledger, mailer, cache, utc_now, rollup, FirestoreBookingStore(store),
                         FirestorePapersStore(store))  # fmt: skip


def build_notify_service(settings: Settings) -> NotifyService:
    from puspa.app.notify_service import NoticeKinds, NotifyConfig, NotifyService
    from puspa.store import FirestoreNotificationLedger

    store = _firestore(settings)
    mailer = _mailer(settings)
    config = NotifyConfig(
        admin_emails=settings.admin_emails,
        staff_by_office={office: tuple(sorted(ids)) for office, ids in settings.staff_by_office.items()},
        template=settings.admin_template,
        info_template=settings.info_template,
        language=settings.template_language,
        max_age=timedelta(hours=settings.notify_max_age_hours),
        ready_template=settings.ready_template,
        channel_secret=settings.hash_secret,
        default_office=settings.whatsapp_phone_number_id,
    )
    cache = _content(store, settings)
    refs = _tickets(store, settings)
    ledger = FirestoreNotificationLedger(store)
    kinds = NoticeKinds.of(handler_modules())
    links = _view_links(settings)
    return NotifyService(config, ledger, mailer, _graph(settings), cache, utc_now, refs, store, kinds, links)


def build_papers_view_service(settings: Settings) -> PapersViewService:
    from puspa.app.handlers.papers import NoBucket
    from puspa.app.papers_view import PapersViewService
    from puspa.store.papers import FirestorePapersStore

    store = _firestore(settings)
    files = _bucket(settings) or NoBucket()
    return PapersViewService(settings.hash_secret, FirestorePapersStore(store), files, utc_now)


def build_webhook_service(settings: Settings) -> WebhookService:
    store = _firestore(settings)
    cache = _content(store, settings)
    cache.prefetch(settings.whatsapp_phone_number_id)  # the read overlaps importing the conversation below

    from puspa.app.effect_handlers import EffectRunner
    from puspa.app.webhook_service import ServiceConfig, WebhookService
    from puspa.conversation.dialogue import Rules
    from puspa.conversation.machine import DIALOGUES
    from puspa.domain.delivery import FloodPolicy
    from puspa.domain.privacy import message_tag, tag_key
    from puspa.errors import ConfigError

    unknown = settings.flows - {d.name for d in DIALOGUES if d.flows}
    if unknown:  # a typo would silently never offer the form
        raise ConfigError(f"PUSPA_FLOWS names no dialogue with a form on one screen: {', '.join(sorted(unknown))}")
    graph = _graph(settings)
    config = ServiceConfig(
        app_secret=settings.whatsapp_app_secret,
        verify_token=settings.whatsapp_verify_token,
        rules=Rules(
            idle=timedelta(minutes=settings.session_idle_minutes),
            admin_ids=settings.admin_wa_ids,
            staff_by_office=settings.staff_by_office,
            status_template=settings.status_template,
            answer_template=settings.answer_template,
            template_language=settings.template_language,
            question_min_length=settings.question_min_length,
            max_open_questions=settings.max_open_questions,
            form_idle=timedelta(minutes=settings.form_idle_minutes),
            registration_keep_days=settings.registration_keep_days,
            flows=settings.flows,
        ),
        session_ttl=timedelta(days=settings.session_ttl_days),
        flood=FloodPolicy(settings.flood_burst, settings.flood_refill_s),
        hash_secret=settings.hash_secret,
    )
    message_key: Callable[[str], str] = functools.partial(message_tag, tag_key(settings.hash_secret))
    keep_closed = timedelta(days=settings.ticket_keep_days)
    keep_after_event = timedelta(days=settings.registration_keep_days)
    handlers = dependencies(store, keep_closed, keep_after_event, _bucket(settings), graph)
    effects = EffectRunner.bound(handler_modules(), handlers, utc_now, message_key)
    return WebhookService(config, store, cache, graph, effects, utc_now)


def flow_providers(available: dict[str, object]) -> dict[str, Provider]:
    """The forms' providers the dialogues' shell modules register (`FLOW_PROVIDERS`), each given the
    dependencies it names from `available` (the stores, `contents`, `clock`)."""
    from puspa.app.effect_handlers import inject

    registered = {
        prefix: p for module in handler_modules() for prefix, p in getattr(module, "FLOW_PROVIDERS", {}).items()
    }
    return {prefix: inject(p, 1, available) for prefix, p in registered.items()}


def build_flow_endpoint(settings: Settings) -> FlowEndpointService:
    """The Flows data-exchange endpoint, with the providers the dialogues' shell modules register
    (`FLOW_PROVIDERS`) on Firestore, the offices' published content (cached) and the clock."""
    from puspa.app.flow_endpoint import FlowEndpointService
    from puspa.whatsapp.flow_crypto import load_private_key

    store = _firestore(settings)
    key = (
        load_private_key(settings.flow_private_key, settings.flow_key_passphrase) if settings.flow_private_key else None
    )
    contents = _content(store, settings)
    contents.prefetch(settings.whatsapp_phone_number_id)  # read while the first request is still far
    stores = dependencies(store, timedelta(days=settings.ticket_keep_days),
                          timedelta(days=settings.registration_keep_days))  # fmt: skip
    providers = flow_providers({**stores, "contents": contents, "clock": utc_now})
    return FlowEndpointService(settings.whatsapp_app_secret, key, providers)
