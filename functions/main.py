"""Deployed entry points (Cloud Functions gen2). Each parses the request, calls one service, and
maps the result to an HTTP answer; everything else lives in `puspa`."""

from __future__ import annotations

import functools
import os

import flask
import functions_framework

from puspa.bootstrap import build_webhook_service
from puspa.config import load_settings
from puspa.service import WebhookService

SETTINGS = load_settings(os.environ)  # fails fast, naming every missing variable


@functools.cache
def _webhook_service() -> WebhookService:
    return build_webhook_service(SETTINGS)


@functions_framework.http
def whatsapp_webhook(request: flask.Request) -> tuple[str, int, dict[str, str]]:
    """Meta's webhook: GET is the subscription handshake, POST carries messages."""
    if request.method == "GET":
        body, status = _webhook_service().verify(request.args)
    elif request.method == "POST":
        body, status = _webhook_service().receive(request.get_data(), request.headers.get("X-Hub-Signature-256"))
    else:
        body, status = "method not allowed", 405
    return body, status, {"Content-Type": "text/plain; charset=utf-8"}
