"""The real stack for benchmarks: Google's emulator, the Graph API stand-in over HTTP, an SMTP sink,
and PUSPA's service and notify_admins wired as in production (only the clock is a variable)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from content_seed.files import OFFICES_DIR, load_bundle
from content_seed.publish import version_of
from localdev.emulator import start_emulator
from localdev.graph_standin import RunningStandin
from localdev.mail_sink import MailSink
from localdev.payloads import tap_message, text_message

OFFICE_ID = "100000000000009"
STAFF = "6285700000001"
SECRET = "bench-secret"


@dataclass
class Rig:
    store: Any
    tickets: Any
    service: Any
    notify: Any
    standin: RunningStandin
    mail: MailSink
    chat_service: Any = None  # with `bench_rig(flows=…)`: the same service with the forms on one screen off
    clock: list[datetime] = field(default_factory=lambda: [datetime(2026, 11, 25, 2, 0, tzinfo=UTC)])

    def post(self, wa_id: str, wamid: str, text: str) -> None:
        from puspa.whatsapp.webhook import sign

        raw = text_message(OFFICE_ID, wa_id, wamid, text)
        assert self.service.receive(raw, sign(raw, SECRET))[1] == 200
        self.clock[0] += timedelta(seconds=10)

    def tap(self, wa_id: str, wamid: str, choice_id: str) -> None:
        from puspa.whatsapp.webhook import sign

        raw = tap_message(OFFICE_ID, wa_id, wamid, choice_id)
        assert self.service.receive(raw, sign(raw, SECRET))[1] == 200
        self.clock[0] += timedelta(seconds=10)

    def complete_form(self, wa_id: str, answers: dict[str, str], first_free: bool = False) -> None:
        """The resident fills in the last form sent to them; the stand-in plays WhatsApp's client (asking
        the rig's Flows endpoint for a form's pages) and hands back the signed completion, delivered
        here to the service. `first_free`: a choice not in `answers` is the first selectable one."""
        import requests

        asked = {"to": wa_id, "answers": answers, "app_secret": SECRET, "first_free": first_free}
        done = requests.post(f"{self.standin.base_url}/_standin/flows/complete", json=asked, timeout=30).json()
        assert "body" in done, done
        assert self.service.receive(done["body"].encode(), done["signature"])[1] == 200
        self.clock[0] += timedelta(seconds=10)

    def last_form_to(self, wa_id: str) -> dict[str, Any]:
        """The parameters of the last Flow message the stand-in received for `wa_id`."""
        sent = [m["body"] for m in self.standin.state.messages if m["body"].get("to") == wa_id]
        return dict(sent[-1]["interactive"]["action"]["parameters"])

    def buttons_sent_to(self, wa_id: str) -> dict[str, str]:
        """Title -> id of the buttons in the last message the stand-in received for `wa_id`."""
        last = [m["body"] for m in self.standin.state.messages if m["body"].get("to") == wa_id][-1]
        buttons = last.get("interactive", {}).get("action", {}).get("buttons", [])
        return {b["reply"]["title"]: b["reply"]["id"] for b in buttons}

    def messages_during(self, step: Any) -> int:
        """WhatsApp messages (not mark-as-read calls) the stand-in received while `step()` ran."""
        before = len(self.standin.state.messages)
        step()
        return len(self.standin.state.messages) - before

    def counted(self, step: Any) -> tuple[int, int]:
        """(reads, writes) the store made while `step()` ran."""
        before = (self.store.count.reads, self.store.count.writes)
        step()
        return self.store.count.reads - before[0], self.store.count.writes - before[1]


@contextmanager
def bench_rig(
    office_dir: Path = OFFICES_DIR / "jonggol",
    papers: Any = None,
    links: Any = None,
    flows: frozenset[str] = frozenset(),
) -> Iterator[Rig]:
    """`office_dir`: the office published; `papers`: the papers bucket (cek berkas; the Graph API client fetches
    the files); `links`: staff's view links; `flows`: those dialogues' forms on one screen are published to the
    stand-in and sent (with the booking's, a Flows endpoint with its provider on the same store, served over
    HTTP in this process: its reads count with the rest)."""
    emulator = start_emulator()
    standin = RunningStandin(token="bench")
    mail = MailSink()
    os.environ["FIRESTORE_EMULATOR_HOST"] = emulator.host
    try:
        from puspa.app.bootstrap import dependencies, handler_modules
        from puspa.app.content_cache import ContentCache
        from puspa.app.effect_handlers import EffectRunner
        from puspa.app.notify_service import NoticeKinds, NotifyConfig, NotifyService
        from puspa.app.webhook_service import ServiceConfig, WebhookService
        from puspa.conversation.machine import Rules
        from puspa.errors import StoreUnavailableError
        from puspa.mail import SmtpConfig, SmtpMailer
        from puspa.store import (
            FirestoreNotificationLedger,
            FirestoreStore,
            FirestoreTicketStore,
        )
        from puspa.whatsapp.graph import GraphClient

        store = FirestoreStore.for_project("demo-puspa-bench")
        bundle = load_bundle(office_dir)
        for attempt in range(5):  # a freshly started emulator's JVM may take longer than one bounded call
            try:
                store.publish_content(OFFICE_ID, version_of(bundle), bundle, published_by="bench")
                break
            except StoreUnavailableError:
                if attempt == 4:
                    raise
        graph = GraphClient(standin.api_url(), "bench")
        tickets = FirestoreTicketStore(store, keep_closed=timedelta(days=30))
        rig = Rig(store, tickets, None, None, standin, mail)
        now = lambda: rig.clock[0]  # noqa: E731
        stores = {**dependencies(store, timedelta(days=30), timedelta(days=90), papers, graph), "tickets": tickets}
        effects = EffectRunner.bound(handler_modules(), stores, now)
        config = ServiceConfig(SECRET, "v", Rules(admin_ids=frozenset({STAFF}), flows=flows), timedelta(days=30))
        endpoint = _flow_endpoint(store, graph, now) if "booking" in flows else None
        if flows:
            from ops.flows import publish

            assert publish(graph, "100000000000099", set(flows), lambda _: None, endpoint.url if endpoint else "")
        rig.service = WebhookService(config, store, ContentCache(store, 60), graph, effects, now)
        chat_config = ServiceConfig(SECRET, "v", Rules(admin_ids=frozenset({STAFF})), timedelta(days=30))
        rig.chat_service = WebhookService(chat_config, store, ContentCache(store, 60), graph, effects, now)
        rig.notify = NotifyService(
            NotifyConfig(("petugas@kecamatan.local",), {OFFICE_ID: (STAFF,)}, "puspa_pemberitahuan_petugas",
                         "puspa_info_petugas", "id", timedelta(hours=24)),
            FirestoreNotificationLedger(store),
            SmtpMailer(SmtpConfig("127.0.0.1", mail.port, "none", "", "", "puspa@kecamatan.local")),
            graph, ContentCache(store, 60), now, tickets, store, NoticeKinds.of(handler_modules()), links,
        )  # fmt: skip
        store.count.reads = store.count.writes = 0
        try:
            yield rig
        finally:
            if endpoint is not None:
                endpoint.stop()
    finally:
        mail.stop()
        standin.stop()
        emulator.stop()


class _Endpoint:
    """PUSPA's Flows endpoint service with the dialogues' providers, served from a thread."""

    def __init__(self, service: Any) -> None:
        import threading

        from flask import Flask, request
        from werkzeug.serving import make_server

        from localdev.emulator import free_port

        app = Flask("flow_endpoint_rig")

        @app.post("/")
        def answer() -> Any:
            body, status = service.answer(request.get_data(), request.headers.get("X-Hub-Signature-256"))
            return body, status, {"Content-Type": "text/plain"}

        self._server = make_server("127.0.0.1", free_port(), app, threaded=True)
        self.url = f"http://127.0.0.1:{self._server.server_port}/"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self._server.shutdown()


def _flow_endpoint(store: Any, graph: Any, now: Any) -> _Endpoint:
    """The endpoint as bootstrap builds it (its providers given the stores, the content cache and the
    clock), its key registered for the rig's number."""
    from cryptography.hazmat.primitives.asymmetric import rsa

    from puspa.app.bootstrap import dependencies, flow_providers
    from puspa.app.content_cache import ContentCache
    from puspa.app.flow_endpoint import FlowEndpointService
    from puspa.whatsapp.flow_crypto import public_pem

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    stores = dependencies(store, timedelta(days=30), timedelta(days=90))
    providers = flow_providers({**stores, "contents": ContentCache(store, 60), "clock": now})
    graph.register_encryption_key(OFFICE_ID, public_pem(key))
    return _Endpoint(FlowEndpointService(SECRET, key, providers))
