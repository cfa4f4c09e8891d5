"""`python -m ops.flows` against the Graph API stand-in, which answers in Meta's shapes and validates
uploads with its own rules: the forms are created, uploaded, published once, and sent only then."""

from __future__ import annotations

import json
import os

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from localdev.graph_standin import RunningStandin
from ops import flows
from puspa.conversation.booking.on_screen import FORM as BOOKING_FORM
from puspa.conversation.registration.on_screen import FORM as REGISTRATION_FORM
from puspa.conversation.replies import FlowReply
from puspa.conversation.survey_form import FORM as SURVEY_FORM
from puspa.domain.sender import Sender
from puspa.errors import GraphApiError
from puspa.whatsapp.flow_json import flow_bytes, versioned_name
from puspa.whatsapp.graph import GraphClient
from puspa.whatsapp.messages import build_message
from tests.conftest import APP_SECRET, OFFICE_ID, PROJECT, TOKEN, VERIFY_TOKEN

ACCOUNT = "102290129340398"
ENDPOINT = "https://flow-endpoint.example/"


@pytest.fixture
def env(standin: RunningStandin) -> RunningStandin:
    with standin.state.lock:
        standin.state.flows.clear()
        standin.state.public_keys.clear()
    os.environ.update({
        "WHATSAPP_TOKEN": TOKEN, "WHATSAPP_APP_SECRET": APP_SECRET, "WHATSAPP_VERIFY_TOKEN": VERIFY_TOKEN,
        "WHATSAPP_PHONE_NUMBER_ID": OFFICE_ID, "GOOGLE_CLOUD_PROJECT": PROJECT,
        "WHATSAPP_API_URL": standin.api_url(), "WHATSAPP_BUSINESS_ACCOUNT_ID": ACCOUNT,
    })  # fmt: skip
    return standin


def run(*argv: str) -> tuple[int, str]:
    said: list[str] = []
    code = flows.main(list(argv), said.append)
    return code, "\n".join(said)


def test_publish_creates_uploads_and_publishes_each_form_once(env: RunningStandin) -> None:
    code, said = run("publish", "--endpoint-uri", ENDPOINT)
    assert code == 0 and f"registration: {versioned_name(REGISTRATION_FORM)} published" in said
    published = {f["name"]: f for f in env.state.flows.values()}
    for form in (REGISTRATION_FORM, SURVEY_FORM, BOOKING_FORM):
        flow = published[versioned_name(form)]
        assert flow["status"] == "PUBLISHED" and flow["validation_errors"] == []
    assert published[versioned_name(BOOKING_FORM)]["endpoint_uri"] == ENDPOINT  # its pages come from there
    assert published[versioned_name(SURVEY_FORM)]["endpoint_uri"] == ""
    again, said = run("publish")
    assert again == 0 and "already published" in said and len(env.state.flows) == 3
    assert run("status") == (0, f"registration: {versioned_name(REGISTRATION_FORM)} PUBLISHED\n"
                                f"survey: {versioned_name(SURVEY_FORM)} PUBLISHED\n"
                                f"booking: {versioned_name(BOOKING_FORM)} PUBLISHED")  # fmt: skip


def test_the_booking_form_is_not_published_without_its_endpoint(env: RunningStandin) -> None:
    os.environ.pop("PUSPA_FLOW_ENDPOINT_URL", None)
    code, said = run("publish")
    assert code == 1 and "booking: puspa_antrian_" in said and "--endpoint-uri" in said
    published = {f["name"]: f["status"] for f in env.state.flows.values()}
    assert published == {versioned_name(REGISTRATION_FORM): "PUBLISHED", versioned_name(SURVEY_FORM): "PUBLISHED"}
    graph = GraphClient(env.api_url(), TOKEN, max_attempts=1)  # Meta refuses it too
    flow_id = graph.create_flow(ACCOUNT, "antrian_tanpa_endpoint", ["APPOINTMENT_BOOKING"])
    assert graph.upload_flow_json(flow_id, flow_bytes(BOOKING_FORM)) == []
    with pytest.raises(GraphApiError) as refused:
        graph.publish_flow(flow_id)
    assert refused.value.code == 139001 and "endpoint_uri" in refused.value.details


def test_status_names_what_is_not_published(env: RunningStandin) -> None:
    code, said = run("status")
    assert code == 1 and "NOT CREATED" in said


def test_validation_errors_are_reported_and_nothing_is_published(env: RunningStandin) -> None:
    graph = GraphClient(env.api_url(), TOKEN)
    flow_id = graph.create_flow(ACCOUNT, "rusak", ["OTHER"])
    broken = {"version": "7.0", "screens": [{"id": "A", "terminal": True, "layout": {"type": "SingleColumnLayout",
              "children": [{"type": "TextInput", "name": "n", "label": "Label yang terlalu panjang"}]}}]}  # fmt: skip
    errors = graph.upload_flow_json(flow_id, json.dumps(broken).encode())
    assert {e["message"].split(": ", 1)[1] for e in errors} == {
        "label exceeds 20 characters",
        "a terminal screen needs a Footer",
    }
    with pytest.raises(GraphApiError) as refused:
        graph.publish_flow(flow_id)
    assert refused.value.code == 139001 and graph.flow_status(flow_id)["status"] == "DRAFT"
    with pytest.raises(GraphApiError):
        graph.create_flow(ACCOUNT, "rusak", ["OTHER"])  # names are unique on the account


def test_a_flow_message_is_refused_until_its_form_is_published(env: RunningStandin) -> None:
    graph = GraphClient(env.api_url(), TOKEN, max_attempts=1)
    data = {"desa": [{"id": "Cibodas", "title": "Cibodas"}], "jenis_acara": [{"id": "a", "title": "A"}],
            "hiburan": [{"id": "b", "title": "B"}], "min_date": "2026-12-01", "max_date": "2027-12-01",
            "init_values": {}, "error_messages": {}}  # fmt: skip
    message = build_message(Sender("6281234567890", ""), FlowReply("Isi.", REGISTRATION_FORM, "reg:flow:1",
                                                                   "Isi formulir", tuple(data.items())))  # fmt: skip
    with pytest.raises(GraphApiError) as refused:
        graph.send_message(OFFICE_ID, message)
    assert not refused.value.transient
    run("publish")
    assert graph.send_message(OFFICE_ID, message).startswith("wamid.")


def test_register_key_registers_the_public_half_of_the_endpoints_key(env: RunningStandin) -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    os.environ["PUSPA_FLOW_PRIVATE_KEY"] = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    code, said = run("register-key", "--phone-number-id", OFFICE_ID)
    assert code == 0 and "VALID" in said
    registered = serialization.load_pem_public_key(env.state.public_keys[OFFICE_ID].encode())
    assert isinstance(registered, rsa.RSAPublicKey)
    assert registered.public_numbers() == key.public_key().public_numbers()
