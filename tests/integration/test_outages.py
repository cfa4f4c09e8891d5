"""The deployed webhook when something around it fails: Firestore unreachable (also in the middle of
a turn, through localdev.flaky_proxy), an oversized body, and what HAPUS DATA SAYA leaves behind (in
process through functions_framework.create_app)."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from flask.testing import FlaskClient
from functions_framework import create_app

from content_seed.publish import version_of
from localdev.emulator import free_port
from localdev.flaky_proxy import FlakyProxy, Mode
from localdev.graph_standin import RunningStandin
from puspa.store import FirestoreStore
from tests.conftest import OFFICE_ID, PROJECT, function_env
from tests.integration.test_registration_function import say
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


class Clock:
    """The function's clock (`bootstrap.utc_now`): the real time, moved on at will."""

    def __init__(self) -> None:
        self.ahead = timedelta()

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.ahead


@pytest.fixture
def proxy(firestore_host: str) -> Iterator[FlakyProxy]:
    running = FlakyProxy(firestore_host)
    yield running
    running.stop()


@pytest.fixture
def behind_proxy(
    firestore_host: str, proxy: FlakyProxy, standin: RunningStandin, bundle: dict[str, Any], monkeypatch: Any
) -> tuple[FlaskClient, Clock]:
    """The deployed webhook reaching the emulator through the proxy, on a clock the test moves."""
    os.environ.update(function_env(proxy.host, standin))
    os.environ.update({"PUSPA_FLOOD_BURST": "100", "PUSPA_CONTENT_REFRESH_SECONDS": "3600"})
    clock = Clock()
    monkeypatch.setattr("puspa.app.bootstrap.utc_now", clock)
    FirestoreStore.for_project(PROJECT).publish_content(OFFICE_ID, version_of(bundle), bundle, published_by="test")
    return create_app("whatsapp_webhook", MAIN).test_client(), clock


def _fill_in_the_form(client: FlaskClient, standin: RunningStandin) -> None:
    """A resident reaches the summary with Kirim through the one-message form."""
    assert say(client, "daftar resepsi", "wamid.F0") == 200
    assert say(client, "1", "wamid.F1") == 200  # "Isi sekaligus"
    filled = standin.state.messages[-1]["body"]["text"]["body"]
    for label, answer in (("Nama", "Siti Rahmawati"), ("NIK", "3201064512900001"), ("Desa", "Cibodas"),
                          ("RT/RW", "3/5"), ("Jenis acara", "khitanan"), ("Tanggal acara", EVENT_DAY),
                          ("Jam acara", "08.00-14.00"), ("Tempat acara", "Kp. Cibodas RT 03/05, Desa Cibodas"),
                          ("Perkiraan tamu", "150"), ("Hiburan", "tidak ada")):  # fmt: skip
        filled = filled.replace(f"\n{label}: \n", f"\n{label}: {answer}\n", 1)
    assert say(client, filled, "wamid.F2") == 200
    assert "Kirim" in json.dumps(standin.state.messages[-1]["body"])


def test_firestore_lost_between_the_claim_and_the_registration_is_finished_on_redelivery(
    behind_proxy: tuple[FlaskClient, Clock], proxy: FlakyProxy, standin: RunningStandin
) -> None:
    client, clock = behind_proxy
    _fill_in_the_form(client, standin)
    sent = len(standin.state.messages)
    proxy.fail_after(2)  # the session read and the claim's commit pass; the registration's first read does not
    assert say(client, "1", "wamid.KIRIM") == 503  # Kirim: the effect failed, and undoing the claim too
    assert len(standin.state.messages) == sent
    proxy.restore()
    firestore = FirestoreStore.for_project(PROJECT).client
    assert list(firestore.collection("registrations").stream()) == []
    session = firestore.collection("sessions").document(f"{OFFICE_ID}_6281234567890")
    assert "wamid.KIRIM" in session.get().to_dict()["unfinished"]  # the claim stayed, with its turn

    assert say(client, "1", "wamid.KIRIM") == 503  # Meta's redelivery while the first attempt may still run
    clock.ahead = timedelta(seconds=71)  # after the lease: the turn is finished, not taken for answered
    assert say(client, "1", "wamid.KIRIM") == 200
    assert "Kode: *RSP-" in standin.state.messages[-1]["body"]["interactive"]["body"]["text"]
    assert len(list(firestore.collection("registrations").stream())) == 1
    assert session.get().to_dict()["unfinished"] == {}
    told = len(standin.state.messages)
    clock.ahead = timedelta(minutes=5)
    assert say(client, "1", "wamid.KIRIM") == 200  # a later redelivery is a duplicate again
    assert len(standin.state.messages) == told


def test_the_next_resident_is_answered_as_soon_as_refused_firestore_is_back(
    behind_proxy: tuple[FlaskClient, Clock], proxy: FlakyProxy, standin: RunningStandin
) -> None:
    client, _ = behind_proxy
    assert say(client, "halo", "wamid.BEFORE") == 200
    proxy.fail_now(Mode.REFUSE)
    down = time.monotonic()
    number = 0
    while time.monotonic() - down < 11:  # gRPC's own back-off would now wait 4-7 s more after the return
        assert say(client, "halo", f"wamid.DOWN{number}") == 503
        number += 1
    proxy.restore()
    sent = len(standin.state.messages)
    assert say(client, "syarat bikin kk", "wamid.BACK", sender="6281234567891") == 200
    assert len(standin.state.messages) == sent + 1


def test_a_claim_whose_commit_landed_but_whose_answer_was_lost_is_answered_once(
    behind_proxy: tuple[FlaskClient, Clock], proxy: FlakyProxy, standin: RunningStandin
) -> None:
    client, clock = behind_proxy
    assert say(client, "halo", "wamid.FIRST") == 200
    sent = len(standin.state.messages)
    proxy.fail_after(1, Mode.LOSE_ANSWER)  # the session read passes; the claim's commit lands, its answer is lost
    assert (
        say(client, "syarat bikin kk", "wamid.LOST") == 200
    )  # read back: ours (a retried commit looked like a lost race)
    assert len(standin.state.messages) == sent + 1
    clock.ahead = timedelta(seconds=71)
    assert say(client, "syarat bikin kk", "wamid.LOST") == 200  # Meta's redelivery: no second answer
    assert len(standin.state.messages) == sent + 1
