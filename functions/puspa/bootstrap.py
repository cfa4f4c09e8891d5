"""Composition root: builds the service with its real adapters from Settings."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from puspa.config import Settings
from puspa.content_cache import ContentCache
from puspa.conversation.machine import Rules
from puspa.effects import EffectRunner
from puspa.logs import configure_logging
from puspa.service import ServiceConfig, WebhookService
from puspa.store import FirestoreRegistrationStore, FirestoreStore
from puspa.whatsapp.graph import GraphClient


def utc_now() -> datetime:
    return datetime.now(UTC)


def build_webhook_service(settings: Settings) -> WebhookService:
    configure_logging(settings.log_level)
    store = FirestoreStore.for_project(settings.google_cloud_project)
    graph = GraphClient(
        settings.whatsapp_api_url,
        settings.whatsapp_token,
        timeout_s=settings.graph_timeout_s,
        max_attempts=settings.graph_max_attempts,
    )
    config = ServiceConfig(
        app_secret=settings.whatsapp_app_secret,
        verify_token=settings.whatsapp_verify_token,
        rules=Rules(
            idle=timedelta(minutes=settings.session_idle_minutes),
            admin_ids=settings.admin_wa_ids,
            status_template=settings.status_template,
            template_language=settings.template_language,
        ),
        session_ttl=timedelta(days=settings.session_ttl_days),
    )
    effects = EffectRunner(
        FirestoreRegistrationStore(store), store, utc_now, timedelta(days=settings.registration_keep_days)
    )
    cache = ContentCache(store, settings.content_refresh_s)
    return WebhookService(config, store, cache, graph, effects, utc_now)
