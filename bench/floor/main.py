"""The floor: the least a WhatsApp webhook on PUSPA's stack can do, for bench.startup to compare with.

Same stack as PUSPA's webhook (functions-framework, google-cloud-firestore, requests) and the same
operations per text message: check Meta's signature, parse the body, read and write one Firestore
document, send one reply through the Graph API. Nothing else, and no PUSPA code. Written as a minimal
webhook is written well: one Firestore client and one kept-alive HTTP session per instance, so a
warm message opens no connection (a new connection per Graph API call made the floor slower than the
least one can do, and the ratios to it look better than they were).

    functions-framework --source bench/floor/main.py --target whatsapp_webhook
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import os

import flask
import functions_framework
import requests
from google.cloud import firestore


@functools.cache
def _db() -> firestore.Client:
    # Honours FIRESTORE_EMULATOR_HOST; the project comes from GOOGLE_CLOUD_PROJECT.
    return firestore.Client(project=os.environ["GOOGLE_CLOUD_PROJECT"])


@functools.cache
def _graph() -> requests.Session:
    # One pooled session per instance: the connection to the Graph API stays open between messages.
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {os.environ['WHATSAPP_TOKEN']}"
    return session


def _signed(body: bytes, header: str | None) -> bool:
    secret = os.environ.get("WHATSAPP_APP_SECRET", "")
    if not header or not header.startswith("sha256=") or not secret:
        return False
    expected = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(header.removeprefix("sha256=").encode(), expected.encode())


@functions_framework.http
def whatsapp_webhook(request: flask.Request) -> tuple[str, int]:
    if request.method != "POST":
        return "method not allowed", 405
    body = request.get_data()
    if not _signed(body, request.headers.get("X-Hub-Signature-256")):
        return "forbidden", 403
    try:
        value = json.loads(body)["entry"][0]["changes"][0]["value"]
        message = value["messages"][0]
        wamid, sender, text = message["id"], message["from"], message["text"]["body"]
        phone_number_id = value["metadata"]["phone_number_id"]
    except (ValueError, KeyError, IndexError, TypeError):
        return "ok", 200  # not a text message: nothing to answer
    doc = _db().collection("floor_sessions").document(sender)
    snapshot = doc.get()
    count = (snapshot.to_dict() or {}).get("count", 0) if snapshot.exists else 0
    doc.set({"count": count + 1, "last_wamid": wamid, "last_text": text})
    _graph().post(
        f"{os.environ['WHATSAPP_API_URL']}/{phone_number_id}/messages",
        json={
            "messaging_product": "whatsapp",
            "recipient_type": "individual",
            "to": sender,
            "type": "text",
            "text": {"body": f"Pesan ke-{count + 1} diterima: {text[:100]}"},
        },
        timeout=10,
    )
    return "ok", 200
