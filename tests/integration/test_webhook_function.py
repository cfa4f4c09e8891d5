"""The deployed entry point, in process (functions_framework.create_app), with the emulator and
the Graph API stand-in behind it."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient
from functions_framework import create_app

from content_seed.publish import version_of
from localdev.graph_standin import RunningStandin
from puspa.errors import ConfigError
from puspa.store import FirestoreStore
from puspa.whatsapp.webhook import sign
from tests.conftest import APP_SECRET, OFFICE_ID, PROJECT, VERIFY_TOKEN, function_env

MAIN = str(Path(__file__).parents[2] / "functions" / "main.py")
HOOKS = Path(__file__).parents[1] / "data" / "webhooks"


@pytest.fixture
def client(firestore_host: str, standin: RunningStandin, bundle: dict[str, Any]) -> FlaskClient:
    os.environ.update(function_env(firestore_host, standin))
    FirestoreStore.for_project(PROJECT).publish_content(OFFICE_ID, version_of(bundle), bundle, published_by="test")
    return create_app("whatsapp_webhook", MAIN).test_client()


def post(client: FlaskClient, body: bytes, signature: str | None = "auto") -> Any:
    headers = {"Content-Type": "application/json"}
    if signature == "auto":
        headers["X-Hub-Signature-256"] = sign(body, APP_SECRET)
    elif signature is not None:
        headers["X-Hub-Signature-256"] = signature
    return client.post("/", data=body, headers=headers)


def test_missing_configuration_fails_at_start(firestore_host: str) -> None:
    for name in ("WHATSAPP_TOKEN", "WHATSAPP_APP_SECRET", "WHATSAPP_VERIFY_TOKEN", "WHATSAPP_PHONE_NUMBER_ID"):
        os.environ.pop(name, None)
    with pytest.raises(ConfigError, match="WHATSAPP_APP_SECRET is not set; WHATSAPP_VERIFY_TOKEN"):
        create_app("whatsapp_webhook", MAIN)


def test_get_verification(client: FlaskClient) -> None:
    ok = client.get(
        "/", query_string={"hub.mode": "subscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "42"}
    )
    assert (ok.status_code, ok.get_data(as_text=True)) == (200, "42")
    bad = client.get("/", query_string={"hub.mode": "subscribe", "hub.verify_token": "x", "hub.challenge": "42"})
    assert bad.status_code == 403


def test_signed_text_gets_one_reply(client: FlaskClient, standin: RunningStandin) -> None:
    response = post(client, (HOOKS / "text.json").read_bytes())
    assert response.status_code == 200
    (sent,) = standin.state.messages
    assert sent["body"]["to"] == "6281234567890"
    assert sent["body"]["interactive"]["header"]["text"] == "Kartu Keluarga (KK)"
    assert standin.state.reads == ["wamid.HBgNNjI4MTIzNDU2Nzg5MBUCABIYFjNFQjBDRkE1QjI2QjEwRkU0QjQ1AA=="]


def test_unsigned_and_badly_signed_posts_do_nothing(client: FlaskClient, standin: RunningStandin) -> None:
    body = (HOOKS / "text.json").read_bytes()
    assert post(client, body, signature=None).status_code == 401
    assert post(client, body, signature="sha256=" + "0" * 64).status_code == 403
    assert standin.state.messages == []


def test_redelivery_gets_no_second_answer(client: FlaskClient, standin: RunningStandin) -> None:
    body = (HOOKS / "text.json").read_bytes()
    assert [post(client, body).status_code for _ in range(3)] == [200, 200, 200]
    assert len(standin.state.messages) == 1


@pytest.mark.parametrize("fixture", sorted(p.name for p in HOOKS.glob("*.json")))
def test_every_fixture_is_answered_with_200(fixture: str, client: FlaskClient) -> None:
    assert post(client, (HOOKS / fixture).read_bytes()).status_code == 200


def test_signed_garbage_gets_200(client: FlaskClient, standin: RunningStandin) -> None:
    assert post(client, b"{not json").status_code == 200
    assert standin.state.messages == []


def test_graph_outage_returns_503_then_redelivery_is_answered(client: FlaskClient, standin: RunningStandin) -> None:
    standin.fail_next(2, count=2, http_status=503)  # both attempts of PUSPA_GRAPH_MAX_ATTEMPTS=2
    body = (HOOKS / "text.json").read_bytes()
    assert post(client, body).status_code == 503
    assert standin.state.messages == []
    assert post(client, body).status_code == 200
    assert len(standin.state.messages) == 1
    assert post(client, body).status_code == 200
    assert len(standin.state.messages) == 1


def test_a_conversation_through_the_function(client: FlaskClient, standin: RunningStandin) -> None:
    payload = json.loads((HOOKS / "list_reply.json").read_text())
    assert post(client, json.dumps(payload).encode()).status_code == 200
    body = standin.state.messages[-1]["body"]["interactive"]
    assert body["type"] == "list"
    assert body["action"]["sections"][0]["rows"][0]["title"] == "1. Kartu Keluarga (KK)"


def test_other_methods_are_refused(client: FlaskClient) -> None:
    assert client.put("/").status_code == 405
