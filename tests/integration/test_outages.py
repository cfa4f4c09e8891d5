"""The deployed webhook when something around it fails: Firestore unreachable, an oversized body, and
what HAPUS DATA SAYA leaves behind (in process through functions_framework.create_app)."""

from __future__ import annotations

import json
import os
import time
from datetime import date, timedelta
from typing import Any

from functions_framework import create_app

from content_seed.publish import version_of
from localdev.emulator import free_port
from localdev.graph_standin import RunningStandin
from puspa.store import FirestoreStore
from tests.conftest import OFFICE_ID, PROJECT, function_env
from tests.integration.test_webhook_function import HOOKS, MAIN, post

SITI = "6281234567890"
EVENT_DAY = f"{date.today() + timedelta(days=60):%d-%m-%Y}"  # the function runs on today's clock


def test_firestore_unreachable_answers_503_within_seconds(standin: RunningStandin) -> None:
    os.environ.update(function_env(f"127.0.0.1:{free_port()}", standin))  # nothing listens there
    client = create_app("whatsapp_webhook", MAIN).test_client()
    started = time.monotonic()
    response = post(client, (HOOKS / "text.json").read_bytes())
    elapsed = time.monotonic() - started
    assert response.status_code == 503 and elapsed < 10, elapsed
    assert standin.state.messages == []


def test_an_oversized_body_is_refused_before_anything_else(standin: RunningStandin) -> None:
    os.environ.update(function_env(f"127.0.0.1:{free_port()}", standin))
    client = create_app("whatsapp_webhook", MAIN).test_client()
    response = client.post("/", data=b"{" + b" " * 1_100_000 + b"}", headers={"X-Hub-Signature-256": "sha256=0"})
    assert response.status_code == 413
    assert standin.state.calls == 0


def _say(client: Any, text: str, number: int) -> None:
    payload = json.loads((HOOKS / "text.json").read_text())
    payload["entry"][0]["changes"][0]["value"]["messages"][0].update(
        {"id": f"wamid.HBgNNjI4MTIzNDU2Nzg5MBUCABIYF{number:04d}", "from": SITI, "text": {"body": text}}
    )
    assert post(client, json.dumps(payload).encode()).status_code == 200


def test_hapus_data_saya_leaves_no_message_id_or_number_of_the_resident(
    firestore_host: str, standin: RunningStandin, bundle: dict[str, Any]
) -> None:
    os.environ.update(function_env(firestore_host, standin))
    os.environ["PUSPA_FLOOD_BURST"] = "100"
    store = FirestoreStore.for_project(PROJECT)
    store.publish_content(OFFICE_ID, version_of(bundle), bundle, published_by="test")
    client = create_app("whatsapp_webhook", MAIN).test_client()
    answers = ["daftar resepsi", "2", "Siti Rahmawati", "3201064512900001", "cibodas", "3/5", "1", EVENT_DAY,
               "08.00-14.00", "Kp. Cibodas RT 03/05, Desa Cibodas", "300", "1", "1", "1",
               "tanya petugas", "Apakah surat pindah bisa diurus di desa atau harus ke kecamatan?",
               "HAPUS DATA SAYA", "1"]  # fmt: skip
    for number, text in enumerate(answers):
        _say(client, text, number)
    left = [
        json.dumps(snapshot.to_dict(), default=str)
        for collection in store.client.collections()
        for snapshot in collection.stream()
        if collection.id != "offices"
    ]
    assert left, "the scrubbed registration stays for the office's records"
    assert not [doc for doc in left if "HBgNNjI4MTIzNDU2Nzg5" in doc or SITI in doc or "3201064512900001" in doc]
