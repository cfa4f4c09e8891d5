"""The stand-in as WhatsApp's client completing a form whose screens come from an endpoint (the
booking's kind): it opens the form with an encrypted INIT, sends each screen's answers as
data_exchange, and delivers what the endpoint's last screen hands back, signed as Meta signs. The
endpoint here is PUSPA's FlowEndpointService with a provider registered for the form's tokens."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from typing import Any

import pytest
import requests
from cryptography.hazmat.primitives.asymmetric import rsa
from flask import Flask
from flask import request as incoming
from werkzeug.serving import make_server

from localdev.emulator import free_port
from localdev.graph_standin import RunningStandin
from puspa.app.flow_endpoint import FlowEndpointService, FlowRequest, FlowScreen
from puspa.errors import FlowTokenError
from puspa.whatsapp.flow_crypto import public_pem
from puspa.whatsapp.graph import GraphClient
from puspa.whatsapp.webhook import verify_signature
from tests.conftest import APP_SECRET, OFFICE_ID, TOKEN

DYNAMIC = {
    "version": "7.0",
    "data_api_version": "3.0",
    "routing_model": {"LAYANAN": ["JADWAL"], "JADWAL": []},
    "screens": [
        {"id": "LAYANAN", "title": "Layanan", "data": {"layanan": {"type": "array", "items": {"type": "object"},
         "__example__": [{"id": "kk", "title": "KK"}]}}, "layout": {"type": "SingleColumnLayout", "children": [
            {"type": "RadioButtonsGroup", "name": "layanan", "label": "Layanan", "required": True,
             "data-source": "${data.layanan}"},
            {"type": "Footer", "label": "Lanjut", "on-click-action": {"name": "data_exchange",
             "payload": {"layanan": "${form.layanan}"}}}]}},
        {"id": "JADWAL", "title": "Jadwal", "terminal": True, "data": {"slot": {"type": "array",
         "items": {"type": "object"}, "__example__": [{"id": "0800", "title": "08.00"}]}},
         "layout": {"type": "SingleColumnLayout", "children": [
            {"type": "Dropdown", "name": "jam", "label": "Jam", "required": True, "data-source": "${data.slot}"},
            {"type": "Footer", "label": "Ambil antrian", "on-click-action": {"name": "data_exchange",
             "payload": {"jam": "${form.jam}"}}}]}},
    ],
}  # fmt: skip


@pytest.fixture
def endpoint() -> Iterator[tuple[str, rsa.RSAPrivateKey, list[FlowRequest]]]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    seen: list[FlowRequest] = []

    def booking(request: FlowRequest) -> FlowScreen:
        seen.append(request)
        if request.flow_token.endswith("used"):
            raise FlowTokenError("Antrian ini sudah diambil.")
        if request.action == "INIT":
            return FlowScreen("LAYANAN", {"layanan": [{"id": "kk", "title": "KK"}, {"id": "ktp", "title": "KTP-el"}]})
        if request.screen == "LAYANAN":
            return FlowScreen("JADWAL", {"slot": [{"id": "0800", "title": "08.00–09.00"}]})
        params = {"flow_token": request.flow_token, "kode": "B-014", "jam": request.data["jam"]}
        return FlowScreen("SUCCESS", {"extension_message_response": {"params": params}})

    service = FlowEndpointService(APP_SECRET, key, {"bkg:flow:": booking})
    app = Flask("endpoint")

    @app.post("/")
    def answer() -> Any:
        body, status = service.answer(incoming.get_data(), incoming.headers.get("X-Hub-Signature-256"))
        return body, status, {"Content-Type": "text/plain"}

    server = make_server("127.0.0.1", free_port(), app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/", key, seen
    server.shutdown()


def send_form(standin: RunningStandin, key: rsa.RSAPrivateKey, token: str, url: str) -> None:
    graph = GraphClient(standin.api_url(), TOKEN)
    flow_id = graph.create_flow("1", f"antrian_{token[-4:]}", ["APPOINTMENT_BOOKING"], url)
    assert graph.upload_flow_json(flow_id, json.dumps(DYNAMIC).encode()) == []
    graph.publish_flow(flow_id)
    graph.register_encryption_key(OFFICE_ID, public_pem(key))
    parameters = {"flow_message_version": "3", "flow_token": token, "flow_name": f"antrian_{token[-4:]}",
                  "flow_cta": "Ambil antrian", "flow_action": "data_exchange"}  # fmt: skip
    message = {"messaging_product": "whatsapp", "to": "6281234567890", "type": "interactive", "interactive": {
        "type": "flow", "body": {"text": "Ambil antrian di kantor kecamatan."},
        "action": {"name": "flow", "parameters": parameters}}}  # fmt: skip
    graph.send_message(OFFICE_ID, message)


def test_a_dynamic_form_is_filled_in_through_the_endpoint(
    standin: RunningStandin, endpoint: tuple[str, rsa.RSAPrivateKey, list[FlowRequest]]
) -> None:
    url, key, seen = endpoint
    send_form(standin, key, "bkg:flow:ab12", url)
    asked = {"to": "6281234567890", "answers": {"layanan": "ktp", "jam": "0800"}, "app_secret": APP_SECRET}
    done = requests.post(f"{standin.base_url}/_standin/flows/complete", json=asked, timeout=30).json()
    assert done["calls"] == ["INIT 200", "data_exchange LAYANAN 200", "data_exchange JADWAL 200"]
    assert [(r.action, r.screen, dict(r.data)) for r in seen] == [
        ("INIT", "", {}),
        ("data_exchange", "LAYANAN", {"layanan": "ktp"}),
        ("data_exchange", "JADWAL", {"jam": "0800"}),
    ]
    assert verify_signature(done["body"].encode(), done["signature"], APP_SECRET)
    message = json.loads(done["body"])["entry"][0]["changes"][0]["value"]["messages"][0]
    reply = json.loads(message["interactive"]["nfm_reply"]["response_json"])
    assert reply == {"flow_token": "bkg:flow:ab12", "kode": "B-014", "jam": "0800"}


def test_the_client_will_not_send_a_choice_the_screen_did_not_offer(
    standin: RunningStandin, endpoint: tuple[str, rsa.RSAPrivateKey, list[FlowRequest]]
) -> None:
    url, key, _ = endpoint
    send_form(standin, key, "bkg:flow:cd34", url)
    asked = {"to": "6281234567890", "answers": {"layanan": "paspor", "jam": "0800"}, "app_secret": APP_SECRET,
             "endpoint": url}  # fmt: skip
    refused = requests.post(f"{standin.base_url}/_standin/flows/complete", json=asked, timeout=30)
    assert refused.status_code == 400 and "layanan is not one of its options" in refused.json()["error"]


def test_a_token_the_endpoint_refuses_stops_the_form(
    standin: RunningStandin, endpoint: tuple[str, rsa.RSAPrivateKey, list[FlowRequest]]
) -> None:
    url, key, _ = endpoint
    send_form(standin, key, "bkg:flow:used", url)
    asked = {"to": "6281234567890", "answers": {}, "app_secret": APP_SECRET, "endpoint": url}
    refused = requests.post(f"{standin.base_url}/_standin/flows/complete", json=asked, timeout=30)
    assert refused.status_code == 400 and "427" in refused.json()["error"]
