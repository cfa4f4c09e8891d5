"""End to end: a real functions-framework process, Google's emulator and the Graph API stand-in."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests

from content_seed.__main__ import main as publish
from localdev.chat import ChatClient, run_chat
from localdev.emulator import free_port
from localdev.function_process import FunctionProcess
from localdev.graph_standin import RunningStandin
from puspa.whatsapp.webhook import sign
from tests.conftest import APP_SECRET, OFFICE_ID, VERIFY_TOKEN, function_env

HOOKS = Path(__file__).parents[1] / "data" / "webhooks"


@pytest.fixture
def function(firestore_host: str, standin: RunningStandin) -> Iterator[FunctionProcess]:
    env = function_env(firestore_host, standin)
    assert publish(["--phone-number-id", OFFICE_ID]) == 0
    running = FunctionProcess(env, free_port())
    try:
        running.wait_ready()
        yield running
    finally:
        log = running.stop()
        assert "6281234567890" not in log, "a phone number was logged"


def _post(function: FunctionProcess, body: bytes) -> Any:
    headers = {"Content-Type": "application/json", "X-Hub-Signature-256": sign(body, APP_SECRET)}
    return requests.post(function.url, data=body, headers=headers, timeout=30)


def test_handshake_and_a_short_conversation(function: FunctionProcess, standin: RunningStandin) -> None:
    params = {"hub.mode": "subscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "777"}
    answer = requests.get(function.url, params=params, timeout=30)
    assert (answer.status_code, answer.text) == (200, "777")

    assert _post(function, (HOOKS / "sticker.json").read_bytes()).status_code == 200
    assert _post(function, (HOOKS / "text.json").read_bytes()).status_code == 200
    assert _post(function, (HOOKS / "text.json").read_bytes()).status_code == 200  # redelivery
    assert _post(function, (HOOKS / "statuses.json").read_bytes()).status_code == 200

    first, second = (m["body"] for m in standin.state.messages)
    assert "Selamat datang" in first["interactive"]["body"]["text"]
    assert second["interactive"]["header"]["text"] == "Kartu Keluarga (KK)"
    assert len(standin.state.reads) == 2


def test_a_form_pasted_into_the_terminal_chat_arrives_as_one_message(
    function: FunctionProcess, standin: RunningStandin, capsys: pytest.CaptureFixture[str]
) -> None:
    client = ChatClient(function.url, standin.base_url, APP_SECRET, OFFICE_ID, {"warga": "6281234567890"})
    # The function runs on today's clock: 60 days ahead clears the 14 working days (and Lebaran) with room.
    event_day = f"{date.today() + timedelta(days=60):%d-%m-%Y}"
    form = ["Nama: Siti Rahmawati", "NIK: 3201064512900001", "Desa: Cibodas", "RT/RW: 3/5", "Jenis acara: pernikahan",
            f"Tanggal acara: {event_day}", "Jam acara: 08.00-14.00", "Tempat acara: Kp. Cibodas RT 03/05",
            "", "Perkiraan tamu: 300", "Hiburan: organ tunggal", "Nomor HP: 081234567890"]  # fmt: skip
    typed = iter(["daftar resepsi", "/tap 1", "/tempel", *form, ".", "/keluar"])
    run_chat(client, lambda _prompt: next(typed))
    *_, form_sent, summary = [m["body"] for m in standin.state.messages]
    assert "Nama: \nNIK: " in form_sent["text"]["body"]  # "Isi sekaligus": the empty form, as text
    text = summary["interactive"]["body"]["text"]
    assert "*Periksa data pendaftaran Anda*" in text and "Hiburan: Organ tunggal" in text
    assert len(standin.state.reads) == 3  # one mark-as-read per inbound: the pasted lines were one message
    assert "Periksa data pendaftaran Anda" in capsys.readouterr().out


def test_a_counter_booking_in_the_terminal_chat_of_make_run(
    function: FunctionProcess, standin: RunningStandin, capsys: pytest.CaptureFixture[str]
) -> None:
    """`make run`'s second office (test data) has antrian.yaml: the chat books a visit and its staff
    number lists the day (the function runs on today's clock, so the visit may be today or later)."""
    second, staff = "100000000000002", "6280000000001"
    office_dir = str(Path(__file__).parents[1] / "data" / "offices" / "cileungsi-filled")
    assert publish(["--office", office_dir, "--phone-number-id", second]) == 0
    offices = {"Jonggol": OFFICE_ID, "kantor uji": second}
    client = ChatClient(function.url, standin.base_url, APP_SECRET, OFFICE_ID,
                        {"warga": "6281234567890", "petugas-uji": staff}, offices)  # fmt: skip
    typed = iter(["/kantor", "antrian", "/tap 2", "/tap 1", "/tap 1", "/tap 1", "/petugas-uji", "ANTRIAN", "/keluar"])
    run_chat(client, lambda _prompt: next(typed))
    out = capsys.readouterr().out
    assert "*Antrian KTP Elektronik*" in out and "Pilih jam kedatangan" in out
    assert "✅ Antrian Anda sudah tercatat." in out and "*B-0" in out
    last = standin.state.messages[-1]["body"]
    assert last["to"] == staff and ("*Antrian " in last["text"]["body"] or "Belum ada antrian" in last["text"]["body"])
