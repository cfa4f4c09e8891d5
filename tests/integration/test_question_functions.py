"""notify_admins for questions and the daily digest, in process (create_app), with a real SMTP
server (aiosmtpd), the Graph API stand-in and Google's emulator."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient
from functions_framework import create_app

from localdev.cloudevents import document_created
from localdev.graph_standin import RunningStandin
from localdev.mail_sink import MailSink
from puspa.domain.sender import Sender
from puspa.store import FirestoreStore, FirestoreTicketStore
from tests.conftest import OFFICE_ID, PROJECT, STAFF_NUMBERS

MAIN = str(Path(__file__).parents[2] / "functions" / "main.py")
ADMINS = STAFF_NUMBERS
NOW = datetime.now(UTC)
QUESTION = "Apakah surat pindah bisa diurus di desa *sekarang*?\nTerima kasih."


@pytest.fixture
def notify(staff_env: None) -> FlaskClient:
    return create_app("notify_admins", MAIN, "cloudevent").test_client()


def tickets() -> FirestoreTicketStore:
    return FirestoreTicketStore(FirestoreStore.for_project(PROJECT), keep_closed=timedelta(days=30))


def new_ticket(created_at: datetime = NOW, wamid: str = "wamid.Q1") -> tuple[str, dict[str, Any]]:
    store = tickets()
    code = store.create_ticket(
        OFFICE_ID, Sender("6281234567890", ""), "Siti", "kk", QUESTION, wamid, created_at, 3, created_at.year
    ).code
    snapshot = store._ref(OFFICE_ID, code).get()
    return f"tickets/{snapshot.id}", snapshot.to_dict()


def deliver(client: FlaskClient, path: str, fields: dict[str, Any]) -> int:
    headers, body = document_created(PROJECT, path, fields, "ev-1", NOW)
    return client.post("/", data=body, headers=headers).status_code


def test_new_question_reaches_staff_without_the_residents_number(
    notify: FlaskClient, mail_sink: MailSink, standin: RunningStandin
) -> None:
    path, fields = new_ticket()
    assert deliver(notify, path, fields) == 200
    ((_, message),) = mail_sink.messages
    text = message.get_body(("plain",)).get_content().replace("\r\n", "\n")  # SMTP sends CRLF
    assert message["Subject"] == "[PUSPA Kecamatan Jonggol] Pertanyaan baru TNY-2026-0001"
    assert "Nama WhatsApp: Siti" in text and "Layanan: Kartu Keluarga (KK)" in text and QUESTION in text
    sent = [m["body"] for m in standin.state.messages]
    assert sorted(m["to"] for m in sent) == sorted(ADMINS)
    assert "6281234567890" not in text + str(sent)
    assert sent[0]["template"]["name"] == "puspa_info_petugas"  # no Proses/Setuju buttons for a question
    parameters = [p["text"] for p in sent[0]["template"]["components"][0]["parameters"]]
    assert (
        parameters[2] == "Siti (Kartu Keluarga (KK)): Apakah surat pindah bisa diurus di desa sekarang? Terima kasih."
    )
    refs = FirestoreStore.for_project(PROJECT).client.collection("message_refs").stream()
    assert sorted(r.to_dict()["code"] for r in refs) == ["TNY-2026-0001", "TNY-2026-0001"]


def test_failed_channel_for_a_question_is_retried_alone(
    notify: FlaskClient, mail_sink: MailSink, standin: RunningStandin
) -> None:
    path, fields = new_ticket()
    standin.fail_next(131000, count=2, http_status=500)
    assert deliver(notify, path, fields) == 500
    assert deliver(notify, path, fields) == 200
    assert len(mail_sink.messages) == 1
    assert sorted(m["body"]["to"] for m in standin.state.messages) == sorted(ADMINS)


def test_follow_up_reaches_staff(notify: FlaskClient, mail_sink: MailSink, standin: RunningStandin) -> None:
    _, fields = new_ticket()
    store = tickets()
    store.resident_action(OFFICE_ID, "6281234567890", fields["code"], "followup", "Kalau antar kabupaten?", "w2", NOW)
    notice = store._client.collection("notices").document(f"{OFFICE_ID}_{fields['code']}_lanjut_2").get()
    assert deliver(notify, f"notices/{notice.id}", notice.to_dict()) == 200
    ((_, message),) = mail_sink.messages
    assert message["Subject"] == "[PUSPA Kecamatan Jonggol] Pertanyaan lanjutan TNY-2026-0001"


def publish_with_holidays_loaded(bundle: dict[str, Any]) -> None:
    """The office's content with this year's and next year's holidays loaded (test dates), so the digest
    runs on today's clock without the reminder to load them."""
    import copy

    from content_seed.publish import version_of

    loaded = copy.deepcopy(bundle)
    loaded["kantor"]["hari_libur"] += [
        {"tanggal": f"{year}-{month:02d}-28", "nama": "Libur uji"} for year in (NOW.year, NOW.year + 1)
        for month in range(1, 13)
    ]  # fmt: skip
    FirestoreStore.for_project(PROJECT).publish_content(OFFICE_ID, version_of(loaded), loaded, published_by="test")


def test_digest_called_twice_sends_one_email(staff_env: None, mail_sink: MailSink, bundle: dict[str, Any]) -> None:
    publish_with_holidays_loaded(bundle)
    digest = create_app("send_digest", MAIN).test_client()
    assert digest.post("/").get_data(as_text=True) == f"{OFFICE_ID}: nothing overdue"
    new_ticket(created_at=NOW - timedelta(days=5), wamid="wamid.OLD")
    new_ticket(created_at=NOW, wamid="wamid.NEW")  # too recent for the digest
    first, second = digest.post("/"), digest.post("/")
    assert (first.status_code, first.get_data(as_text=True)) == (200, f"{OFFICE_ID}: sent 1 overdue question(s)")
    assert second.get_data(as_text=True) == f"{OFFICE_ID}: already sent today"
    ((recipients, message),) = mail_sink.messages
    assert recipients == ["camat@example.org", "staf@example.org"]
    assert message["Subject"] == "[PUSPA Kecamatan Jonggol] 1 pertanyaan belum dijawab"
    assert "TNY-2026-0001" in message.get_body(("plain",)).get_content()


def test_the_digest_lists_what_puspa_could_not_answer_and_keeps_the_past_days_without_texts(
    staff_env: None, mail_sink: MailSink
) -> None:
    import json

    from tests.integration.test_webhook_function import HOOKS, post

    webhook = create_app("whatsapp_webhook", MAIN).test_client()
    asked = [("6281100000001", "harga beras hari ini 12000 ya?"), ("6281100000002", "Harga beras hari ini 13000 ya?"),
             ("6281100000003", "cara daftar cpns tahun ini gimana ya")]  # fmt: skip
    for number, (sender, text) in enumerate(asked):
        payload = json.loads((HOOKS / "text.json").read_text())
        payload["entry"][0]["changes"][0]["value"]["messages"][0].update(
            {"id": f"wamid.U{number}", "from": sender, "text": {"body": text}}
        )
        assert post(webhook, json.dumps(payload).encode()).status_code == 200
    digest = create_app("send_digest", MAIN).test_client()
    assert digest.post("/").status_code == 200
    ((_, message),) = mail_sink.messages
    body = message.get_body(("plain",)).get_content()
    assert '"harga beras hari ini # ya?" — 2×' in body  # digits masked, equal forms counted together
    assert "cara daftar cpns" in body and "6281100000001" not in body
    days = [
        d.to_dict() or {} for d in FirestoreStore.for_project(PROJECT).client.collection("unanswered_daily").stream()
    ]
    assert len(days) == 5 and all(d["total"] == 0 and d["texts"] == {} for d in days)  # today is kept once it is over
    assert all((d["expire_at"] - datetime.now(UTC)).days >= 89 for d in days)
