"""Deployed entry points (Cloud Functions gen2). Each parses the request, calls one service, and
maps the result to an HTTP answer; everything else lives in `puspa`."""

from __future__ import annotations

import functools
import os
from typing import TYPE_CHECKING

import flask
import functions_framework
from cloudevents.http import CloudEvent

from puspa.app.bootstrap import (
    build_digest_service,
    build_flow_endpoint,
    build_notify_service,
    build_papers_view_service,
    build_report_service,
    build_webhook_service,
)
from puspa.app.config import load_settings

if TYPE_CHECKING:  # each function builds (and imports) only its own service, on its first call
    from puspa.app.digest_service import DigestService
    from puspa.app.flow_endpoint import FlowEndpointService
    from puspa.app.notify_service import NotifyService
    from puspa.app.papers_view import PapersViewService
    from puspa.app.report_service import ReportService
    from puspa.app.webhook_service import WebhookService

SETTINGS = load_settings(os.environ)  # fails fast, naming every missing variable
MAX_BODY_BYTES = 1_000_000  # Meta's webhook bodies are a few kilobytes; a batch stays far below this


@functools.cache
def _webhook_service() -> WebhookService:
    return build_webhook_service(SETTINGS)


@functions_framework.http
def whatsapp_webhook(request: flask.Request) -> tuple[str, int, dict[str, str]]:
    """Meta's webhook: GET is the subscription handshake, POST carries messages."""
    request.max_content_length = MAX_BODY_BYTES  # read no further: 413 before the signature is checked
    if request.method == "GET":
        body, status = _webhook_service().verify(request.args)
    elif request.method == "POST":
        body, status = _webhook_service().receive(request.get_data(), request.headers.get("X-Hub-Signature-256"))
    else:
        body, status = "method not allowed", 405
    return body, status, {"Content-Type": "text/plain; charset=utf-8"}


@functools.cache
def _notify_service() -> NotifyService:
    return build_notify_service(SETTINGS)


@functions_framework.cloud_event
def notify_admins(cloud_event: CloudEvent) -> None:
    """Eventarc (Firestore document created: registrations, tickets, notices): tell staff once per channel.
    Raising makes Eventarc deliver the event again; channels already sent are skipped."""
    _notify_service().handle_cloud_event(dict(cloud_event.get_attributes()), cloud_event.get_data())


@functools.cache
def _report_service() -> ReportService:
    return build_report_service(SETTINGS)


@functions_framework.http
def send_monthly_report(request: flask.Request) -> tuple[str, int, dict[str, str]]:
    """Cloud Scheduler, every morning: on the first working day of a month, e-mail each office's report
    of last month (SKM/IKM and PUSPA's work) to its staff, then the kabupaten roll-up. Safe to call
    twice (claimed per office); 500 when an office failed asks the scheduler to retry the rest."""
    summary = _report_service().run()
    return summary.text(), 500 if summary.failed else 200, {"Content-Type": "text/plain; charset=utf-8"}


@functools.cache
def _digest_service() -> DigestService:
    return build_digest_service(SETTINGS)


@functions_framework.http
def send_digest(request: flask.Request) -> tuple[str, int, dict[str, str]]:
    """Cloud Scheduler, once a working day: e-mail each office's staff the questions unanswered after a
    working day. Safe to call twice (each office's e-mail of the day is claimed first); 500 when an
    office failed asks the scheduler to retry, and the retry skips the offices already done."""
    summary = _digest_service().run()
    return summary.text(), 500 if summary.failed else 200, {"Content-Type": "text/plain; charset=utf-8"}


@functools.cache
def _papers_view() -> PapersViewService:
    return build_papers_view_service(SETTINGS)


@functions_framework.http
def view_papers(request: flask.Request) -> tuple[str, int, dict[str, str]]:
    """Staff open a record's papers from their own link: GET is a page that posts the link's token (kept
    in the fragment, out of request logs); POST checks it and shows the files as short-lived signed URLs."""
    from puspa.app.papers_view import HEADERS

    request.max_content_length = 4096
    if request.method == "POST":
        body, status = _papers_view().open(request.get_data(as_text=True))
    elif request.method == "GET":
        body, status = _papers_view().loader()
    else:
        body, status = "method not allowed", 405
    return body, status, HEADERS


@functools.cache
def _flow_endpoint() -> FlowEndpointService:
    return build_flow_endpoint(SETTINGS)


@functions_framework.http
def flow_endpoint(request: flask.Request) -> tuple[str, int, dict[str, str]]:
    """Meta's WhatsApp Flows data-exchange endpoint: encrypted screen requests of a form being filled
    in (its live choices) and health checks; answers are encrypted, base64, text/plain."""
    request.max_content_length = MAX_BODY_BYTES
    if request.method != "POST":
        return "method not allowed", 405, {"Content-Type": "text/plain; charset=utf-8"}
    body, status = _flow_endpoint().answer(request.get_data(), request.headers.get("X-Hub-Signature-256"))
    return body, status, {"Content-Type": "text/plain; charset=utf-8"}
