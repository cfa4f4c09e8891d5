"""Saran & pengaduan through the deployed functions in process: a complaint kept by the adapter
leaves a notice that notify_admins sends to staff (real SMTP server, Graph API stand-in, emulator)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from flask.testing import FlaskClient
from functions_framework import create_app

from localdev.cloudevents import document_created
from localdev.graph_standin import RunningStandin
from localdev.mail_sink import MailSink
from puspa.domain.sender import Sender
from puspa.store import FirestoreStore
from puspa.store.complaints import FirestoreComplaintStore
from tests.conftest import OFFICE_ID, PROJECT, STAFF_NUMBERS

MAIN = str(Path(__file__).parents[2] / "functions" / "main.py")
NOW = datetime.now(UTC)


@pytest.fixture
def notify(staff_env: None) -> FlaskClient:
    return create_app("notify_admins", MAIN, "cloudevent").test_client()


def test_a_new_complaint_reaches_staff_by_email_and_whatsapp_once(
    notify: FlaskClient, mail_sink: MailSink, standin: RunningStandin
) -> None:
    store = FirestoreStore.for_project(PROJECT)
    complaint = FirestoreComplaintStore(store).submit_complaint(
        OFFICE_ID, Sender("6281234567890", ""), "Waktu / antrean", "Antrean KTP lama sekali", "m:1", NOW, NOW.year
    )
    notice = store.client.collection("notices").document(f"{OFFICE_ID}_{complaint.code}").get()
    for attempt in ("ev-1", "ev-1"):  # Eventarc delivers at least once
        headers, body = document_created(PROJECT, f"notices/{notice.id}", notice.to_dict(), attempt, NOW)
        assert notify.post("/", data=body, headers=headers).status_code == 200
    ((_, message),) = mail_sink.messages
    text = message.get_body(("plain",)).get_content()
    assert message["Subject"] == f"[PUSPA Kecamatan Jonggol] Saran/pengaduan {complaint.code}"
    assert "Antrean KTP lama sekali" in text and f"JAWAB {complaint.code}" in text and "6281234567890" not in text
    sent = [m["body"] for m in standin.state.messages]
    assert sorted(m["to"] for m in sent) == sorted(STAFF_NUMBERS)
