"""End to end: forms on one screen (WhatsApp Flows) as `make run` serves them. The forms are published
to the Graph API stand-in by `ops.flows`, the webhook and the Flows endpoint run as real
functions-framework processes on Google's emulator, and the stand-in plays WhatsApp's client: it
fills in the form sent (calling a dynamic form's endpoint with encrypted requests) and delivers the
completion, signed as Meta signs."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import requests

from content_seed.__main__ import main as publish
from content_seed.files import load_bundle
from content_seed.publish import validate
from localdev.chat import ChatClient
from localdev.emulator import free_port
from localdev.function_process import FunctionProcess
from localdev.graph_standin import RunningStandin
from localdev.run import local_flow_key, publish_flows
from puspa.domain.booking import reminder_runs_before
from puspa.domain.calendar import MONTH_NAMES
from puspa.store import FirestoreStore
from tests.conftest import APP_SECRET, OFFICE_ID, PROJECT, function_env

RESIDENT = "6281200000077"
ACCOUNT = "100000000000009"
QUEUE_OFFICE = "100000000000002"  # the test office, with an antrian.yaml (make run's second office)
QUEUE_OFFICE_DIR = str(Path(__file__).parents[1] / "data" / "offices" / "cileungsi-filled")


@pytest.fixture
def running(firestore_host: str, standin: RunningStandin) -> Iterator[tuple[ChatClient, FunctionProcess]]:
    with standin.state.lock:
        standin.state.flows.clear()
    endpoint_port = free_port()
    env = {**function_env(firestore_host, standin), "PUSPA_FLOWS": "registration,survey,booking",
           "WHATSAPP_BUSINESS_ACCOUNT_ID": ACCOUNT, "PUSPA_FLOW_PRIVATE_KEY": local_flow_key(),
           "PUSPA_FLOW_ENDPOINT_URL": f"http://127.0.0.1:{endpoint_port}/"}  # fmt: skip
    os.environ.update(env)
    assert publish(["--phone-number-id", OFFICE_ID]) == 0
    assert publish(["--office", QUEUE_OFFICE_DIR, "--phone-number-id", QUEUE_OFFICE]) == 0
    publish_flows([OFFICE_ID, QUEUE_OFFICE])
    webhook, endpoint = FunctionProcess(env, free_port()), FunctionProcess(env, endpoint_port, target="flow_endpoint")
    try:
        webhook.wait_ready()
        endpoint.wait_ready()
        chat = ChatClient(webhook.url, standin.base_url, APP_SECRET, OFFICE_ID, {"warga": RESIDENT})
        chat.flow_endpoint = endpoint.url
        yield chat, endpoint
    finally:
        for process in (webhook, endpoint):
            log = process.stop()
            assert RESIDENT not in log and RESIDENT[2:] not in log, "a phone number was logged"


def registrations(office: str) -> list[dict[str, object]]:
    client = FirestoreStore.for_project(PROJECT).client
    return [d.to_dict() or {} for d in client.collection("registrations").stream() if d.id.startswith(office)]


def test_a_registration_through_the_form_takes_two_messages(running: tuple[ChatClient, FunctionProcess]) -> None:
    chat, _ = running
    before = len(registrations(OFFICE_ID))
    (offer,) = chat.say("daftar resepsi")
    assert "[Isi formulir]" in offer and "ISI DI CHAT" in offer
    (done,) = chat.say("/flow")
    assert "Pendaftaran diterima" in done
    assert len(registrations(OFFICE_ID)) == before + 1


def test_a_wrong_answer_comes_back_once_and_the_form_reopens_prefilled(
    running: tuple[ChatClient, FunctionProcess], standin: RunningStandin
) -> None:
    chat, _ = running
    before = len(registrations(OFFICE_ID))
    chat.say("daftar resepsi")
    (fix,) = chat.say("/flow nik=3201064512")  # the client lets 10 digits through; the chat's reader does not
    assert "NIK: NIK harus 16 angka" in fix and "[Perbaiki formulir]" in fix
    data = standin.state.messages[-1]["body"]["interactive"]["action"]["parameters"]["flow_action_payload"]["data"]
    assert data["init_values"]["nik"] == "3201064512" and "nik" in data["error_messages"]
    assert len(registrations(OFFICE_ID)) == before
    (done,) = chat.say("/flow")
    assert "Pendaftaran diterima" in done and len(registrations(OFFICE_ID)) == before + 1


def test_a_redelivered_or_replayed_completion_registers_once(
    running: tuple[ChatClient, FunctionProcess], standin: RunningStandin
) -> None:
    chat, _ = running
    chat.say("daftar resepsi")
    token = standin.state.messages[-1]["body"]["interactive"]["action"]["parameters"]["flow_token"]
    count = len(registrations(OFFICE_ID))
    asked = {"to": RESIDENT, "answers": sample_answers(standin), "webhook": chat.webhook, "app_secret": APP_SECRET}
    first = requests.post(f"{standin.base_url}/_standin/flows/complete", json=asked, timeout=30).json()
    assert first["webhook_status"] == 200 and len(registrations(OFFICE_ID)) == count + 1
    sent = len(standin.state.messages)
    headers = {"Content-Type": "application/json", "X-Hub-Signature-256": first["signature"]}
    again = requests.post(chat.webhook, data=first["body"].encode(), headers=headers, timeout=30)  # Meta redelivers
    assert again.status_code == 200 and len(standin.state.messages) == sent  # no second answer either
    replay = {**asked, "flow_token": token, "force": True}  # the used token, in a new completion
    assert (
        requests.post(f"{standin.base_url}/_standin/flows/complete", json=replay, timeout=30).json()["webhook_status"]
        == 200
    )
    assert "sudah terkirim atau sudah tidak berlaku" in standin.state.messages[-1]["body"]["text"]["body"]
    assert len(registrations(OFFICE_ID)) == count + 1


def sample_answers(standin: RunningStandin) -> dict[str, str]:
    from localdev.chat import sample_answers as answers

    return answers(standin.state.messages[-1]["body"]["interactive"]["action"]["parameters"])


def test_the_endpoint_answers_the_clients_health_check(
    running: tuple[ChatClient, FunctionProcess], standin: RunningStandin
) -> None:
    from localdev.flow_client import call

    _, endpoint = running
    public = standin.state.public_keys[OFFICE_ID]  # registered by `ops.flows register-key`
    assert call(endpoint.url, public, APP_SECRET, {"version": "3.0", "action": "ping"}) == (
        200, {"data": {"status": "active"}}
    )  # fmt: skip


# --- the booking: its pages from the running flow_endpoint ---------------------------------------


def bookings(office: str) -> list[dict[str, object]]:
    client = FirestoreStore.for_project(PROJECT).client
    return [d.to_dict() or {} for d in client.collection("bookings").stream() if d.id.startswith(office)]


def test_a_booking_through_the_form_takes_two_messages_and_the_endpoints_pages(
    running: tuple[ChatClient, FunctionProcess], standin: RunningStandin
) -> None:
    chat, _ = running
    chat.office_id = QUEUE_OFFICE
    before = len(bookings(QUEUE_OFFICE))
    sent = len(standin.state.messages)
    (offer,) = chat.say("antrian")
    assert "[Pilih jadwal]" in offer and "ISI DI CHAT" in offer
    parameters = standin.state.messages[-1]["body"]["interactive"]["action"]["parameters"]
    asked = {"to": RESIDENT, "answers": {"layanan": "ktp_el", "ingatkan": "true"}, "webhook": chat.webhook,
             "app_secret": APP_SECRET, "first_free": True}  # fmt: skip
    done = requests.post(f"{standin.base_url}/_standin/flows/complete", json=asked, timeout=60).json()
    assert done["webhook_status"] == 200, done
    assert done["calls"] == ["INIT 200", "data_exchange LAYANAN 200", "data_exchange HARI 200", "data_exchange JAM 200"]
    answers = json.loads(json.loads(done["body"])["entry"][0]["changes"][0]["value"]["messages"][0]["interactive"]
                         ["nfm_reply"]["response_json"])  # fmt: skip
    assert answers["flow_token"] == parameters["flow_token"] and answers["layanan"] == "ktp_el"
    assert answers["ingatkan"] is True  # the checkbox, as WhatsApp's client sends it
    to_resident = [m for m in standin.state.messages[sent:] if m["body"].get("to") == RESIDENT]
    confirmation = to_resident[-1]["body"]["interactive"]["body"]["text"]
    assert len(to_resident) == 2 and "✅ Antrian Anda sudah tercatat." in confirmation and "*B-0" in confirmation
    after = bookings(QUEUE_OFFICE)
    (made,) = [b for b in after if b["service"] == "ktp_el"]
    # the ticked reminder is kept while its morning run is still to come (the function runs on today's clock)
    assert len(after) == before + 1 and made["remind"] is reminder_due(made["day"])

    replay = {**asked, "flow_token": parameters["flow_token"], "force": True}  # the used token, in a new completion
    assert requests.post(f"{standin.base_url}/_standin/flows/complete", json=replay, timeout=60).json()[
        "webhook_status"] == 200  # fmt: skip
    assert "sudah terkirim atau sudah tidak berlaku" in standin.state.messages[-1]["body"]["text"]["body"]
    assert len(bookings(QUEUE_OFFICE)) == before + 1


def reminder_due(day: str) -> bool:
    """Whether the morning run that reminds a visit on `day` is still to come, at the office's time now."""
    content = validate(load_bundle(Path(QUEUE_OFFICE_DIR)))
    return reminder_runs_before(content.office.calendar, datetime.now(UTC), date.fromisoformat(day))


def test_the_chat_fills_the_booking_form_with_the_first_free_hour(running: tuple[ChatClient, FunctionProcess]) -> None:
    chat, _ = running
    chat.office_id = QUEUE_OFFICE
    chat.say("antrian")
    (done,) = chat.say("/flow layanan=kk")  # make run's /flow: the first free day and hour of KK
    assert "✅ Antrian Anda sudah tercatat." in done and "*A-0" in done
    visit = re.search(r"\*A-0\d+\* · \w+, (\d+) (\w+) (\d{4})", done)
    assert visit is not None
    day = date(int(visit.group(3)), MONTH_NAMES.index(visit.group(2)) + 1, int(visit.group(1)))
    assert ("Kami ingatkan" in done) is reminder_due(day.isoformat())  # /flow ticks it; kept while it can run
