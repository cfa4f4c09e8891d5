"""The Flows data-exchange endpoint's latency per screen request on a warm instance, p50 and p95.

Two measurements, each after warm-up requests, timing only the HTTP round trip (the client's own
encryption is done before the clock starts):
1. the deployed entry point (`flow_endpoint` under functions-framework, as Cloud Functions runs it)
   answering Meta's health check: signature, RSA-OAEP unwrap, AES-GCM both ways, Flask;
2. the booking form's screen requests answered by its provider (`booking_screen`, wired as bootstrap
   wires it) on Google's emulator with the test office's antrian.yaml published: the day page (one
   `taken()` call reading the five days' tallies) and the hour page (one day's tally); the same
   service, served over HTTP here.

Meta's client gives up on an endpoint after 10 s, and Meta throttles, then blocks, a Flow whose
endpoint latency or errors deteriorate (Flow Health and Monitoring); the figures are compared with 1 s.

    PYTHONPATH=functions:. .venv/bin/python -m bench.flow_endpoint
"""

from __future__ import annotations

import os
import statistics
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import requests
from werkzeug.serving import make_server

from localdev.emulator import free_port, start_emulator
from localdev.flow_client import open_answer, seal
from localdev.function_process import FunctionProcess
from localdev.graph_standin import KeepAliveHandler
from localdev.run import local_flow_key

SECRET = "bench-secret"
WARM, TIMED = 30, 300
LIMIT_S = 1.0


def _signed(public: str, request: dict[str, Any]) -> tuple[bytes, dict[str, str], bytes, bytes]:
    import hashlib
    import hmac

    body, aes_key, iv = seal(public, request)
    signature = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    return body, {"Content-Type": "application/json", "X-Hub-Signature-256": signature}, aes_key, iv


def measure(url: str, public: str, request: Callable[[int], dict[str, Any]]) -> list[float]:
    http = requests.Session()  # Meta's client keeps its connection, as a warm instance sees it
    times = []
    for n in range(WARM + TIMED):
        body, headers, aes_key, iv = _signed(public, request(n))
        start = time.perf_counter()
        answer = http.post(url, data=body, headers=headers, timeout=10)
        elapsed = time.perf_counter() - start
        assert answer.status_code == 200, answer.text
        open_answer(answer.text, aes_key, iv)
        if n >= WARM:
            times.append(elapsed)
    return times


def line(label: str, times: list[float]) -> str:
    p50 = statistics.median(times)
    p95 = statistics.quantiles(times, n=20)[-1]
    verdict = "ok" if p95 < LIMIT_S else "OVER"
    return f"{label:58s} p50 {p50 * 1000:6.1f} ms  p95 {p95 * 1000:6.1f} ms  ({verdict}: p95 under {LIMIT_S:.0f} s)"


def main() -> None:
    import logging

    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    from puspa.whatsapp.flow_crypto import load_private_key, public_pem

    private = local_flow_key()
    public = public_pem(load_private_key(private))
    emulator = start_emulator()  # the endpoint opens Firestore for the booking's pages
    os.environ["FIRESTORE_EMULATOR_HOST"] = emulator.host
    env = {"WHATSAPP_TOKEN": "t", "WHATSAPP_APP_SECRET": SECRET, "WHATSAPP_VERIFY_TOKEN": "v",
           "WHATSAPP_PHONE_NUMBER_ID": "100000000000009", "GOOGLE_CLOUD_PROJECT": "demo-puspa-bench",
           "PUSPA_FLOW_PRIVATE_KEY": private, "PUSPA_LOG_LEVEL": "WARNING",
           "FIRESTORE_EMULATOR_HOST": emulator.host}  # fmt: skip
    try:
        process = FunctionProcess(env, free_port(), target="flow_endpoint")
        try:
            process.wait_ready()
            pings = measure(process.url, public, lambda n: {"version": "3.0", "action": "ping"})
        finally:
            process.stop()
        print(f"Flows endpoint, warm, {TIMED} requests each after {WARM} to warm up")
        print(line("health check (flow_endpoint under functions-framework)", pings))

        from datetime import timedelta

        from content_seed.files import load_bundle
        from content_seed.publish import version_of
        from puspa.app.bootstrap import dependencies, flow_providers
        from puspa.app.content_cache import ContentCache
        from puspa.app.flow_endpoint import FlowEndpointService
        from puspa.errors import StoreUnavailableError
        from puspa.store import FirestoreStore

        store = FirestoreStore.for_project("demo-puspa-bench")
        bundle = load_bundle(OFFICE)
        for attempt in range(5):  # the emulator's first writes are slow on a loaded machine
            try:
                store.publish_content(QUEUE_OFFICE, version_of(bundle), bundle, published_by="bench")
                break
            except StoreUnavailableError:
                if attempt == 4:
                    raise
        stores = dependencies(store, timedelta(days=30), timedelta(days=90))
        providers = flow_providers({**stores, "contents": ContentCache(store, 60), "clock": store_time})
        service = FlowEndpointService(SECRET, load_private_key(private), providers)
        server = make_server("127.0.0.1", free_port(), _app(service), threaded=True, request_handler=KeepAliveHandler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            url = f"http://127.0.0.1:{server.server_port}/"
            days = measure(url, public, lambda n: screen_request(n, "LAYANAN", {"layanan": "ktp_el"}))
            day = _first_day(url, public)
            hours = measure(url, public, lambda n: screen_request(n, "HARI", {"layanan": "ktp_el", "hari": day}))
        finally:
            server.shutdown()
        print(line("booking: the day page (5 days' places, one taken() call)", days))
        print(line("booking: the hour page (one day's places)", hours))
    finally:
        emulator.stop()


QUEUE_OFFICE = "100000000000002"
OFFICE = Path(__file__).parents[1] / "tests" / "data" / "offices" / "cileungsi-filled"


def screen_request(n: int, screen: str, data: dict[str, str]) -> dict[str, Any]:
    token = f"bkg:flow:{QUEUE_OFFICE}.{int(store_time().timestamp()):x}...{n:024x}"
    return {"version": "3.0", "action": "data_exchange", "screen": screen, "data": data, "flow_token": token}


def _first_day(url: str, public: str) -> str:
    body, headers, aes_key, iv = _signed(public, screen_request(0, "LAYANAN", {"layanan": "ktp_el"}))
    answer = requests.post(url, data=body, headers=headers, timeout=10)
    return str(open_answer(answer.text, aes_key, iv)["data"]["pilihan"][0]["id"])


def store_time() -> Any:
    from datetime import UTC, datetime

    return datetime.now(UTC)


def _app(service: Any) -> Callable[..., Any]:
    from flask import Flask, request

    app = Flask("flow_endpoint_bench")

    @app.post("/")
    def answer() -> Any:
        body, status = service.answer(request.get_data(), request.headers.get("X-Hub-Signature-256"))
        return body, status, {"Content-Type": "text/plain"}

    return app


if __name__ == "__main__":
    main()
