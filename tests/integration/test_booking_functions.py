"""Ambil antrian through the deployed functions in process, on the emulator and the Graph API stand-in:
a resident books by typing the numbers of the lists (the real date decides which days are shown),
Meta's redelivery of the confirmation books once, and the next morning's scheduled call e-mails
staff the day's list and sends the reminder template with its cancel button."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient
from functions_framework import create_app

from content_seed.files import load_bundle
from content_seed.publish import version_of
from localdev.graph_standin import RunningStandin
from localdev.mail_sink import MailSink
from localdev.payloads import text_message
from puspa.app.booking_morning import next_working_day
from puspa.domain.content import parse_content
from puspa.store import FirestoreStore
from puspa.whatsapp.webhook import sign
from tests.conftest import APP_SECRET, PROJECT, function_env

MAIN = str(Path(__file__).parents[2] / "functions" / "main.py")
OFFICE = Path(__file__).parents[1] / "data" / "offices" / "cileungsi-filled"
OFFICE_ID = "100000000000002"
SITI = "6281234567890"


@pytest.fixture
def published(firestore_host: str, standin: RunningStandin, mail_sink: MailSink) -> dict[str, Any]:
    os.environ.update(function_env(firestore_host, standin))
    os.environ.update({"PUSPA_FLOOD_BURST": "100", "SMTP_HOST": "127.0.0.1", "SMTP_PORT": str(mail_sink.port),
                       "SMTP_SECURITY": "none", "SMTP_FROM": "puspa@example.org"})  # fmt: skip
    bundle = load_bundle(OFFICE)
    FirestoreStore.for_project(PROJECT).publish_content(OFFICE_ID, version_of(bundle), bundle, published_by="test")
    return bundle


def say(client: FlaskClient, text: str, wamid: str) -> int:
    body = text_message(OFFICE_ID, SITI, wamid, text)
    return client.post("/", data=body, headers={"X-Hub-Signature-256": sign(body, APP_SECRET)}).status_code


def last_text(standin: RunningStandin) -> str:
    body = standin.state.messages[-1]["body"]
    return str(body.get("interactive", {}).get("body", {}).get("text") or body.get("text", {}).get("body", ""))


def test_a_booking_through_the_webhook_and_the_next_mornings_list_and_reminder(
    published: dict[str, Any], standin: RunningStandin, mail_sink: MailSink
) -> None:
    webhook = create_app("whatsapp_webhook", MAIN).test_client()
    for n, text in enumerate(["antrian", "2", "1", "1"]):  # KTP-el, the first day, its first hour
        assert say(webhook, text, f"wamid.ANT{n}") == 200
    offered = "ingatkan" in last_text(standin)  # only while the reminder's morning run is still to come
    assert say(webhook, "1", "wamid.ANT4") == 200  # "Ya, ingatkan saya" when offered, else "Ya, ambil"
    confirmation = last_text(standin)
    assert "✅ Antrian Anda sudah tercatat." in confirmation and "*B-0" in confirmation
    assert say(webhook, "1", "wamid.ANT4") == 200  # Meta delivers the confirmation again
    firestore = FirestoreStore.for_project(PROJECT).client
    (booking,) = [d.to_dict() for d in firestore.collection("bookings").stream()]
    assert booking["remind"] is offered and booking["resident_wa_id"] == SITI
    places = [d.id for d in firestore.collection("booking_places").stream()]
    assert places == [f"{OFFICE_ID}_{booking['day']}_{booking['code']}"]

    content = parse_content(published, "v")
    visit = datetime.fromisoformat(booking["day"]).date()
    today = content.office.calendar.local(datetime.now(UTC)).date()
    standin.state.messages.clear()
    digest = create_app("send_digest", MAIN).test_client()
    answer = digest.post("/")
    assert answer.status_code == 200, answer.get_data(as_text=True)
    if offered and next_working_day(content, today) == visit:  # reminded in this morning's run
        (sent,) = [m["body"] for m in standin.state.messages]
        assert sent["to"] == SITI and sent["template"]["name"] == "puspa_pengingat_antrian"
        assert sent["template"]["components"][1]["parameters"][0]["payload"].startswith("ant:cancel:")
        assert "reminders: 1 sent" in answer.get_data(as_text=True)
    else:
        assert standin.state.messages == []  # nothing unasked
    if visit == today:  # today's visit (booked before its first hour began): staff get the list
        (_, message), *_ = [m for m in mail_sink.messages if "Antrian" in str(m[1]["Subject"])]
        assert "B-0" in message.get_body(("plain",)).get_content()
    assert digest.post("/").status_code == 200 and len(standin.state.messages) <= 1  # nothing sent twice
    assert timedelta(0) <= visit - today <= timedelta(days=10)
