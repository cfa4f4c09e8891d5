"""The Flows data-exchange endpoint's latency per screen request on a warm instance, p50 and p95.

Two measurements, each after warm-up requests, timing only the HTTP round trip (the client's own
encryption is done before the clock starts):
1. the deployed entry point (`flow_endpoint` under functions-framework, as Cloud Functions runs it)
   answering Meta's health check: signature, RSA-OAEP unwrap, AES-GCM both ways, Flask;
2. a screen request answered by a provider that reads one Firestore document (Google's emulator), as
   a form's live choices will (the booking's free slots): the same service, served over HTTP here.

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
    env = {"WHATSAPP_TOKEN": "t", "WHATSAPP_APP_SECRET": SECRET, "WHATSAPP_VERIFY_TOKEN": "v",
           "WHATSAPP_PHONE_NUMBER_ID": "100000000000009", "GOOGLE_CLOUD_PROJECT": "demo-puspa-bench",
           "PUSPA_FLOW_PRIVATE_KEY": private, "PUSPA_LOG_LEVEL": "WARNING"}  # fmt: skip
    process = FunctionProcess(env, free_port(), target="flow_endpoint")
    try:
        process.wait_ready()
        pings = measure(process.url, public, lambda n: {"version": "3.0", "action": "ping"})
    finally:
        process.stop()
    print(f"Flows endpoint, warm, {TIMED} requests each after {WARM} to warm up")
    print(line("health check (flow_endpoint under functions-framework)", pings))

    emulator = start_emulator()
    os.environ["FIRESTORE_EMULATOR_HOST"] = emulator.host
    try:
        from puspa.app.flow_endpoint import FlowEndpointService, FlowRequest, FlowScreen
        from puspa.domain.session import Session
        from puspa.errors import StoreUnavailableError
        from puspa.store import FirestoreStore

        store = FirestoreStore.for_project("demo-puspa-bench")
        for attempt in range(5):  # the emulator's first writes are slow on a loaded machine
            try:
                store.save_session("100000000000009_6281200000001", Session(), (), None, store_time(), None)
                break
            except StoreUnavailableError:
                if attempt == 4:
                    raise

        def slots(request: FlowRequest) -> FlowScreen:
            store.load_session("100000000000009_6281200000001")  # one read, as a live choice costs
            return FlowScreen("JADWAL", {"slot": [{"id": "0800", "title": "08.00–09.00"}]})

        service = FlowEndpointService(SECRET, load_private_key(private), {"bkg:flow:": slots})
        server = make_server("127.0.0.1", free_port(), _app(service), threaded=True, request_handler=KeepAliveHandler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            url = f"http://127.0.0.1:{server.server_port}/"
            screens = measure(url, public, screen_request)
        finally:
            server.shutdown()
        print(line("screen request, provider reading one Firestore document", screens))
    finally:
        emulator.stop()


def screen_request(n: int) -> dict[str, Any]:
    return {"version": "3.0", "action": "data_exchange", "screen": "LAYANAN", "data": {"layanan": "kk"},
            "flow_token": f"bkg:flow:{n}"}  # fmt: skip


def store_time() -> Any:
    from datetime import UTC, datetime, timedelta

    return datetime.now(UTC) + timedelta(days=1)


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
