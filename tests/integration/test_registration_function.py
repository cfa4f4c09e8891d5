"""A registration through the deployed webhook (create_app) on the emulator, with the Firestore
operations it costs."""

from __future__ import annotations

import json
import os
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient
from functions_framework import create_app

from content_seed.publish import version_of
from localdev.graph_standin import RunningStandin
from puspa.store import FirestoreStore
from puspa.whatsapp.webhook import sign
from tests.conftest import APP_SECRET, OFFICE_ID, PROJECT, function_env

MAIN = str(Path(__file__).parents[2] / "functions" / "main.py")
HOOKS = Path(__file__).parents[1] / "data" / "webhooks"
EVENT_DAY = f"{date.today() + timedelta(days=60):%d-%m-%Y}"  # far enough ahead on any day the tests run
ANSWERS = ["daftar resepsi", "2", "Siti Rahmawati", "3201064512900001", "cibodas", "3/5", "1", EVENT_DAY,
           "08.00-14.00", "Kp. Cibodas RT 03/05, Desa Cibodas", "300", "1", "1", "1"]  # fmt: skip


@pytest.fixture
def client(firestore_host: str, standin: RunningStandin, bundle: dict[str, Any]) -> FlaskClient:
    os.environ.update(function_env(firestore_host, standin))
    os.environ["PUSPA_ADMIN_WA_IDS"] = "6285700000001"
    os.environ["PUSPA_FLOOD_BURST"] = "100"  # a whole registration is posted within a second here
    FirestoreStore.for_project(PROJECT).publish_content(OFFICE_ID, version_of(bundle), bundle, published_by="test")
    return create_app("whatsapp_webhook", MAIN).test_client()


def say(client: FlaskClient, text: str, wamid: str, sender: str = "6281234567890") -> int:
    payload = json.loads((HOOKS / "text.json").read_text())
    message = payload["entry"][0]["changes"][0]["value"]["messages"][0]
    message.update({"id": wamid, "from": sender, "text": {"body": text}})
    body = json.dumps(payload).encode()
    return client.post("/", data=body, headers={"X-Hub-Signature-256": sign(body, APP_SECRET)}).status_code


def test_registration_end_to_end_through_the_webhook(client: FlaskClient, standin: RunningStandin) -> None:
    for number, text in enumerate(ANSWERS):
        assert say(client, text, f"wamid.REG{number}") == 200
    confirmation = standin.state.messages[-1]["body"]["interactive"]["body"]["text"]
    assert "Kode: *RSP-2026-0001*" in confirmation
    assert say(client, ANSWERS[-1], f"wamid.REG{len(ANSWERS) - 1}") == 200  # Meta redelivers Kirim
    firestore = FirestoreStore.for_project(PROJECT).client
    docs = list(firestore.collection("registrations").stream())
    assert [d.id for d in docs] == [f"{OFFICE_ID}_RSP-2026-0001"]
    stored = docs[0].to_dict()
    assert stored["status"] == "diterima" and stored["draft"]["nik"] == "3201064512900001"
    event_day = date.today() + timedelta(days=60)
    assert stored["expire_at"].date() == event_day + timedelta(days=90)  # 90 days after the event
    session = firestore.collection("sessions").document(f"{OFFICE_ID}_6281234567890").get().to_dict()
    assert session["conversation"]["form"] == {}  # answers cleared once sent

    assert say(client, "PROSES RSP-2026-0001", "wamid.ADM1", sender="6285700000001") == 200
    to_resident = standin.state.messages[-2]["body"]
    assert to_resident["to"] == "6281234567890" and "sedang diproses" in to_resident["interactive"]["body"]["text"]


def test_registration_with_the_one_message_form_through_the_webhook(
    client: FlaskClient, standin: RunningStandin
) -> None:
    assert say(client, "daftar resepsi", "wamid.F0") == 200
    assert say(client, "1", "wamid.F1") == 200  # "Isi sekaligus"
    form = standin.state.messages[-1]["body"]
    assert form["type"] == "text" and "Nomor HP: 081234567890" in form["text"]["body"]
    filled = form["text"]["body"]
    for label, answer in (("Nama", "Siti Rahmawati"), ("NIK", "3201064512900001"), ("Desa", "Cibodas"),
                          ("RT/RW", "3/5"), ("Jenis acara", "khitanan"), ("Tanggal acara", EVENT_DAY),
                          ("Jam acara", "08.00-14.00"), ("Tempat acara", "Kp. Cibodas RT 03/05, Desa Cibodas"),
                          ("Perkiraan tamu", "150"), ("Hiburan", "tidak ada")):  # fmt: skip
        filled = filled.replace(f"\n{label}: \n", f"\n{label}: {answer}\n", 1)
    sent_before = len(standin.state.messages)
    assert say(client, filled, "wamid.F2") == 200
    summary = standin.state.messages[-1]["body"]["interactive"]
    assert "Perkiraan tamu: 150 orang" in summary["body"]["text"]
    assert [b["reply"]["title"] for b in summary["action"]["buttons"]] == ["Kirim", "Ubah", "Batal"]
    assert say(client, "1", "wamid.F3") == 200
    assert "Kode: *RSP-2026-0001*" in standin.state.messages[-1]["body"]["interactive"]["body"]["text"]
    assert len(standin.state.messages) - sent_before == 2  # one reply to the form, one to Kirim
    stored = (
        FirestoreStore.for_project(PROJECT)
        .client.collection("registrations")
        .document(f"{OFFICE_ID}_RSP-2026-0001")
        .get()
        .to_dict()
    )
    assert stored["draft"]["guests"] == 150 and stored["draft"]["event_type"] == "khitanan"
