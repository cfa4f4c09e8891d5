"""notify_admins in process (functions_framework.create_app): a binary protobuf CloudEvent as
Eventarc sends it, a real SMTP server (aiosmtpd), the Graph API stand-in and the emulator."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient
from functions_framework import create_app

from localdev.cloudevents import document_created
from localdev.graph_standin import RunningStandin
from localdev.mail_sink import MailSink
from puspa.domain.registration import Change, Draft, Registration, Status
from tests.conftest import OFFICE_ID, PROJECT, STAFF_NUMBERS

MAIN = str(Path(__file__).parents[2] / "functions" / "main.py")
ADMINS = STAFF_NUMBERS
NOW = datetime.now(UTC)


def registration_fields(code: str = "RSP-2026-0001", name: str = "SITI RAHMAWATI") -> dict[str, Any]:
    draft = Draft(
        name=name, nik="3201064512900001", village="Cibodas", rt_rw="003/005", event_type="pernikahan",
        event_date=date(2026, 12, 12), hours="08.00–14.00 WIB", venue="Kp. Cibodas <b>RT 03</b>\nDesa Cibodas",
        guests=300, entertainment="organ_tunggal", contact="6281234567890",
    )  # fmt: skip
    registration = Registration(
        code, OFFICE_ID, "6281234567890", "6281234567890", "", draft, Status.DITERIMA, NOW,
        (Change(Status.DITERIMA, NOW, "warga"),),
    )  # fmt: skip
    return registration.to_dict()


@pytest.fixture
def client(staff_env: None) -> FlaskClient:
    return create_app("notify_admins", MAIN, "cloudevent").test_client()


def deliver(
    client: FlaskClient, path: str, fields: dict[str, Any], when: datetime = NOW, event_id: str = "ev-1"
) -> int:
    headers, body = document_created(PROJECT, path, fields, event_id, when)
    return client.post("/", data=body, headers=headers).status_code


def test_new_registration_is_mailed_and_sent_to_each_admin_once(
    client: FlaskClient, mail_sink: MailSink, standin: RunningStandin
) -> None:
    path = f"registrations/{OFFICE_ID}_RSP-2026-0001"
    assert deliver(client, path, registration_fields()) == 200
    ((recipients, message),) = mail_sink.messages
    assert recipients == ["camat@example.org", "staf@example.org"]
    assert message["Subject"] == "[PUSPA Kecamatan Jonggol] Permohonan izin resepsi baru RSP-2026-0001"
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert "NIK: 320106******0001" in text and "3201064512900001" not in text + html
    assert "Nomor HP pemohon: 6281234567890" in text
    assert "&lt;b&gt;RT 03&lt;/b&gt;" in html and "<b>RT 03</b>" not in html
    assert "TOLAK RSP-2026-0001 <alasan>" in text
    sent = [m["body"] for m in standin.state.messages]
    assert sorted(m["to"] for m in sent) == sorted(ADMINS)
    template = sent[0]["template"]
    assert template["name"] == "puspa_pemberitahuan_petugas" and template["language"] == {"code": "id"}
    parameters = [p["text"] for p in template["components"][0]["parameters"]]
    assert parameters == [
        "Permohonan izin resepsi baru",
        "RSP-2026-0001",
        "Resepsi pernikahan, Sabtu, 12 Desember 2026, Desa Cibodas",
    ]
    assert template["components"][1]["parameters"][0]["payload"] == "PROSES RSP-2026-0001"
    assert "SITI" not in str(sent)  # WhatsApp carries no name

    assert deliver(client, path, registration_fields(), event_id="ev-1") == 200  # Eventarc redelivers
    assert len(mail_sink.messages) == 1 and len(standin.state.messages) == 2


def test_failed_channel_is_retried_without_resending_the_others(
    client: FlaskClient, mail_sink: MailSink, standin: RunningStandin
) -> None:
    standin.fail_next(131000, count=2, http_status=500)  # the first admin's send fails (both attempts)
    path = f"registrations/{OFFICE_ID}_RSP-2026-0002"
    assert deliver(client, path, registration_fields("RSP-2026-0002")) == 500
    assert len(mail_sink.messages) == 1 and len(standin.state.messages) == 1
    assert deliver(client, path, registration_fields("RSP-2026-0002")) == 200
    assert len(mail_sink.messages) == 1
    assert sorted(m["body"]["to"] for m in standin.state.messages) == sorted(ADMINS)


def test_mail_server_down_is_retried(client: FlaskClient, mail_sink: MailSink, standin: RunningStandin) -> None:
    mail_sink.stop()
    path = f"registrations/{OFFICE_ID}_RSP-2026-0003"
    assert deliver(client, path, registration_fields("RSP-2026-0003")) == 500
    assert len(standin.state.messages) == 2  # WhatsApp went out; e-mail will be retried


def test_events_too_old_to_matter_are_ignored(
    client: FlaskClient, mail_sink: MailSink, standin: RunningStandin
) -> None:
    path = f"registrations/{OFFICE_ID}_RSP-2026-0004"
    assert deliver(client, path, registration_fields("RSP-2026-0004"), when=NOW - timedelta(days=3)) == 200
    assert mail_sink.messages == [] and standin.state.messages == []


def test_cancellation_notice_reaches_staff(client: FlaskClient, mail_sink: MailSink, standin: RunningStandin) -> None:
    fields = {
        "kind": "registration_cancelled", "office_id": OFFICE_ID, "code": "RSP-2026-0005",
        "event_type": "khitanan", "event_date": "2026-12-20", "village": "Sukamaju", "created_at": NOW,
    }  # fmt: skip
    assert deliver(client, f"notices/{OFFICE_ID}_RSP-2026-0005_dibatalkan", fields) == 200
    ((_, message),) = mail_sink.messages
    assert message["Subject"] == "[PUSPA Kecamatan Jonggol] Permohonan RSP-2026-0005 dibatalkan oleh warga"
    template = standin.state.messages[0]["body"]["template"]
    assert template["name"] == "puspa_info_petugas" and len(template["components"]) == 1  # no buttons
    parameters = [p["text"] for p in template["components"][0]["parameters"]]
    assert parameters[0] == "Permohonan dibatalkan warga" and "Minggu, 20 Desember 2026" in parameters[2]


def test_json_event_for_local_runs(client: FlaskClient, mail_sink: MailSink) -> None:
    from google.events.cloud.firestore import DocumentEventData

    headers, body = document_created(PROJECT, f"registrations/{OFFICE_ID}_RSP-2026-0006",
                                     registration_fields("RSP-2026-0006"), "ev-json", NOW)  # fmt: skip
    headers["Content-Type"] = "application/json"
    body = DocumentEventData.to_json(DocumentEventData.deserialize(body)).encode()
    assert client.post("/", data=body, headers=headers).status_code == 200
    assert len(mail_sink.messages) == 1


def test_header_injection_is_impossible(client: FlaskClient, mail_sink: MailSink) -> None:
    fields = registration_fields("RSP-2026-0007", name="SITI\r\nBcc: attacker@example.org")
    assert deliver(client, f"registrations/{OFFICE_ID}_RSP-2026-0007", fields) == 200
    ((recipients, message),) = mail_sink.messages
    assert recipients == ["camat@example.org", "staf@example.org"] and message["Bcc"] is None
