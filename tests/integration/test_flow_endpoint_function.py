"""The Flows data-exchange endpoint, in process (functions_framework.create_app) as deployed, on the
Firestore emulator, and its service with a provider registered: the HTTP codes Meta's client acts on,
every answer encrypted for the request that asked, and the booking form's pages from the content and
the places published there."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from flask.testing import FlaskClient
from functions_framework import create_app

from localdev.flow_client import open_answer, seal
from puspa.app.flow_endpoint import FlowEndpointService, FlowRequest, FlowScreen
from puspa.errors import FlowTokenError
from puspa.whatsapp.flow_crypto import public_pem
from puspa.whatsapp.webhook import sign
from tests.conftest import APP_SECRET, OFFICE_ID, PROJECT, TOKEN, VERIFY_TOKEN

MAIN = str(Path(__file__).parents[2] / "functions" / "main.py")


@pytest.fixture(scope="module")
def key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture
def client(key: rsa.RSAPrivateKey, firestore_host: str) -> FlaskClient:
    private = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    os.environ.update({
        "WHATSAPP_TOKEN": TOKEN, "WHATSAPP_APP_SECRET": APP_SECRET, "WHATSAPP_VERIFY_TOKEN": VERIFY_TOKEN,
        "WHATSAPP_PHONE_NUMBER_ID": OFFICE_ID, "GOOGLE_CLOUD_PROJECT": PROJECT, "PUSPA_FLOW_PRIVATE_KEY": private,
        "FIRESTORE_EMULATOR_HOST": firestore_host,
    })  # fmt: skip
    return create_app("flow_endpoint", MAIN).test_client()


def ask(client: FlaskClient, key: rsa.RSAPrivateKey, request: dict[str, Any], signed: str = "auto") -> tuple[int, Any]:
    body, aes_key, iv = seal(public_pem(key), request)
    signature = sign(body, APP_SECRET) if signed == "auto" else signed
    answer = client.post("/", data=body, headers={"X-Hub-Signature-256": signature})
    assert answer.headers["Content-Type"].startswith("text/plain")
    if answer.status_code in (421, 432):
        return answer.status_code, answer.get_data(as_text=True)
    return answer.status_code, open_answer(answer.get_data(as_text=True), aes_key, iv)


def test_a_health_check_is_answered_active(client: FlaskClient, key: rsa.RSAPrivateKey) -> None:
    assert ask(client, key, {"version": "3.0", "action": "ping"}) == (200, {"data": {"status": "active"}})


def test_a_wrong_or_missing_signature_is_432(client: FlaskClient, key: rsa.RSAPrivateKey) -> None:
    assert ask(client, key, {"action": "ping"}, signed=sign(b"other body", APP_SECRET))[0] == 432
    body, _, _ = seal(public_pem(key), {"action": "ping"})
    assert client.post("/", data=body).status_code == 432


def test_a_body_that_does_not_decrypt_is_421(client: FlaskClient, key: rsa.RSAPrivateKey) -> None:
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    assert ask(client, other, {"action": "ping"})[0] == 421  # encrypted for a key we do not hold
    garbage = b'{"encrypted_flow_data": "AAAA"}'
    assert client.post("/", data=garbage, headers={"X-Hub-Signature-256": sign(garbage, APP_SECRET)}).status_code == 421


def test_a_token_no_form_knows_is_427_with_a_message(client: FlaskClient, key: rsa.RSAPrivateKey) -> None:
    status, answer = ask(client, key, {"version": "3.0", "action": "INIT", "flow_token": "xyz:flow:1"})
    assert status == 427 and "tidak berlaku" in answer["error_msg"]


def test_an_error_notification_is_acknowledged(client: FlaskClient, key: rsa.RSAPrivateKey) -> None:
    request = {"version": "3.0", "action": "data_exchange", "flow_token": "x", "screen": "A",
               "data": {"error": "invalid-screen-transition", "error_message": "…"}}  # fmt: skip
    assert ask(client, key, request) == (200, {"data": {"acknowledged": True}})


def test_only_post_is_served(client: FlaskClient) -> None:
    assert client.get("/").status_code == 405


def test_a_registered_provider_answers_its_forms_screens(key: rsa.RSAPrivateKey) -> None:
    seen: list[FlowRequest] = []

    def slots(request: FlowRequest) -> FlowScreen:
        seen.append(request)
        if request.flow_token.endswith("used"):
            raise FlowTokenError("Antrian ini sudah diambil.")
        return FlowScreen("JADWAL", {"slot": [{"id": "0800", "title": "08.00–09.00"}]})

    service = FlowEndpointService(APP_SECRET, key, {"bkg:flow:": slots, "bkg:": lambda r: FlowScreen("X")})
    request = {"version": "3.0", "action": "data_exchange", "screen": "LAYANAN", "data": {"layanan": "kk"},
               "flow_token": "bkg:flow:abc"}  # fmt: skip
    body, aes_key, iv = seal(public_pem(key), request)
    text, status = service.answer(body, sign(body, APP_SECRET))
    assert status == 200 and open_answer(text, aes_key, iv) == {"screen": "JADWAL", "data": {"slot": [
        {"id": "0800", "title": "08.00–09.00"}]}}  # fmt: skip
    assert seen[0].screen == "LAYANAN" and seen[0].data == {"layanan": "kk"}  # the longest prefix won
    body, aes_key, iv = seal(public_pem(key), {**request, "flow_token": "bkg:flow:used"})
    text, status = service.answer(body, sign(body, APP_SECRET))
    assert status == 427 and open_answer(text, aes_key, iv) == {"error_msg": "Antrian ini sudah diambil."}


def test_without_a_key_nothing_is_decrypted(key: rsa.RSAPrivateKey) -> None:
    body, _, _ = seal(public_pem(key), {"action": "ping"})
    assert FlowEndpointService(APP_SECRET, None, {}).answer(body, sign(body, APP_SECRET))[1] == 421
    assert json.loads(body)  # the request itself was well formed


def test_a_mistyped_dialogue_in_puspa_flows_stops_the_webhook_at_start(client: FlaskClient) -> None:
    from puspa.app.bootstrap import build_webhook_service
    from puspa.app.config import load_settings
    from puspa.errors import ConfigError

    os.environ["FIRESTORE_EMULATOR_HOST"] = (
        "127.0.0.1:9"  # the content prefetch fails quietly; the check stops the start
    )
    with pytest.raises(ConfigError, match="registraton"):
        build_webhook_service(load_settings({**os.environ, "PUSPA_FLOWS": "registraton,survey"}))


QUEUE_OFFICE = "100000000000002"


def test_the_booking_forms_pages_come_from_the_published_content_and_places(
    client: FlaskClient, key: rsa.RSAPrivateKey
) -> None:
    from datetime import UTC, datetime

    from content_seed.files import load_bundle
    from content_seed.publish import version_of
    from puspa.store import FirestoreStore

    bundle = load_bundle(Path(__file__).parents[1] / "data" / "offices" / "cileungsi-filled")
    FirestoreStore.for_project(PROJECT).publish_content(QUEUE_OFFICE, version_of(bundle), bundle, published_by="test")
    token = f"bkg:flow:{QUEUE_OFFICE}.{int(datetime.now(UTC).timestamp()):x}.kk..{'b' * 24}"
    status, opened = ask(client, key, {"version": "3.0", "action": "INIT", "flow_token": token})
    assert status == 200 and opened["screen"] == "LAYANAN" and opened["data"]["init_values"] == {"layanan": "kk"}
    request = {"version": "3.0", "action": "data_exchange", "screen": "LAYANAN", "data": {"layanan": "ktp_el"},
               "flow_token": token}  # fmt: skip
    status, days = ask(client, key, request)
    assert status == 200 and days["screen"] == "HARI" and len(days["data"]["pilihan"]) == 5  # hari_ke_depan: 5
    assert all(o["enabled"] and o["description"].endswith(" tempat lagi") for o in days["data"]["pilihan"])
    first = days["data"]["pilihan"][0]["id"]
    status, hours = ask(client, key, {**request, "screen": "HARI", "data": {"layanan": "ktp_el", "hari": first}})
    assert status == 200 and hours["screen"] == "JAM" and hours["data"]["hari"] == first
    other_office = token.replace(QUEUE_OFFICE, OFFICE_ID)  # Jonggol publishes no antrian.yaml here
    assert ask(client, key, {**request, "flow_token": other_office})[0] == 427
