"""Firestore operations and outbound messages per inbound message, through the real service,
Firestore adapter (Google's emulator) and Graph API client (the stand-in over HTTP).

Scripted residents chat (greeting, menu taps, typed numbers, free text, media), Meta redelivers
some messages and sends status callbacks; the store's own counters and the stand-in's records
give the figures.
"""

from __future__ import annotations

import json
import statistics
import time
from datetime import UTC, datetime, timedelta

from content_seed.files import OFFICES_DIR, load_bundle
from content_seed.publish import version_of
from localdev.emulator import start_emulator
from localdev.graph_standin import RunningStandin

OFFICE_ID = "100000000000009"
SCRIPT = [
    ("text", "halo"),
    ("choice", "cat:kependudukan:1"),
    ("text", "2"),
    ("choice", "back"),
    ("text", "syarat bikin kk"),
    ("text", "ktp"),
    ("text", "1"),
    ("media", "audio"),
    ("text", "izin hajatan"),
    ("text", "menu"),
]
RESIDENTS = 20
REDELIVERED_EVERY = 5  # every 5th message is delivered twice, as Meta does


def webhook_body(wa_id: str, wamid: str, kind: str, value: str, office_id: str = OFFICE_ID) -> bytes:
    if kind == "text":
        message = {"type": "text", "text": {"body": value}}
    elif kind == "choice":
        message = {
            "type": "interactive",
            "interactive": {"type": "list_reply", "list_reply": {"id": value, "title": "x"}},
        }
    else:
        message = {"type": value, value: {"id": "1", "mime_type": "audio/ogg"}}
    message.update({"from": wa_id, "id": wamid, "timestamp": "1764061200"})
    change = {"messaging_product": "whatsapp", "metadata": {"phone_number_id": office_id}, "messages": [message]}
    return json.dumps(
        {"object": "whatsapp_business_account", "entry": [{"changes": [{"field": "messages", "value": change}]}]}
    ).encode()


def status_body(count: int) -> bytes:
    statuses = [
        {"id": f"wamid.OUT{i}", "status": "delivered", "timestamp": "1764061300", "recipient_id": "62"}
        for i in range(count)
    ]
    change = {"messaging_product": "whatsapp", "metadata": {"phone_number_id": OFFICE_ID}, "statuses": statuses}
    return json.dumps(
        {"object": "whatsapp_business_account", "entry": [{"changes": [{"field": "messages", "value": change}]}]}
    ).encode()


def main() -> None:
    import os

    emulator = start_emulator()
    standin = RunningStandin(token="bench")
    os.environ["FIRESTORE_EMULATOR_HOST"] = emulator.host
    try:
        from puspa.app.bootstrap import dependencies, handler_modules
        from puspa.app.content_cache import ContentCache
        from puspa.app.effect_handlers import EffectRunner
        from puspa.app.webhook_service import ServiceConfig, WebhookService
        from puspa.conversation.machine import Rules
        from puspa.store import FirestoreStore
        from puspa.whatsapp.graph import GraphClient
        from puspa.whatsapp.webhook import sign

        store = FirestoreStore.for_project("demo-puspa-bench")
        bundle = load_bundle(OFFICES_DIR / "jonggol")
        store.publish_content(OFFICE_ID, version_of(bundle), bundle, published_by="bench")
        store.count.reads = store.count.writes = store.count.deletes = 0
        graph = GraphClient(standin.api_url(), "bench", timeout_s=10, max_attempts=3)
        config = ServiceConfig("bench-secret", "v", Rules(), timedelta(days=30))
        clock = [datetime(2026, 11, 25, 8, 0, tzinfo=UTC)]
        stores = dependencies(store, timedelta(days=30), timedelta(days=90))
        effects = EffectRunner.bound(handler_modules(), stores, lambda: clock[0])
        service = WebhookService(config, store, ContentCache(store, 60), graph, effects, lambda: clock[0])

        deliveries = inbound = redelivery_reads = 0
        timings: list[float] = []
        for resident in range(RESIDENTS):
            wa_id = f"62812000{resident:05d}"
            for step, (kind, value) in enumerate(SCRIPT):
                body = webhook_body(wa_id, f"wamid.B{resident}.{step}", kind, value)
                inbound += 1
                repeats = 2 if (resident * len(SCRIPT) + step) % REDELIVERED_EVERY == 0 else 1
                for attempt in range(repeats):
                    reads_before = store.count.reads
                    started = time.perf_counter()
                    _, status = service.receive(body, sign(body, "bench-secret"))
                    timings.append(time.perf_counter() - started)
                    deliveries += 1
                    if attempt:
                        redelivery_reads += store.count.reads - reads_before
                    assert status == 200
                clock[0] += timedelta(seconds=15)
        messages_sent = len(standin.state.messages)
        before = (store.count.reads, store.count.writes)
        for _ in range(inbound):  # ~1 status callback batch per outbound message
            body = status_body(3)
            service.receive(body, sign(body, "bench-secret"))
        status_cost = (store.count.reads - before[0], store.count.writes - before[1])
        reads, writes, deletes = (
            store.count.reads - status_cost[0],
            store.count.writes - status_cost[1],
            store.count.deletes,
        )

        print(f"residents {RESIDENTS} · inbound messages {inbound} · webhook deliveries {deliveries} "
              f"({deliveries - inbound} redeliveries)")  # fmt: skip
        first_reads = reads - redelivery_reads - 1
        print(f"Firestore reads   {reads:5d}  = {first_reads / inbound:.2f} per inbound message ({first_reads}) "
              f"+ {redelivery_reads / max(deliveries - inbound, 1):.2f} per redelivery ({redelivery_reads}) "
              f"+ 1 content read at instance start (the bundle)")  # fmt: skip
        print(f"Firestore writes  {writes:5d}  = {writes / inbound:.2f} per inbound message")
        print(f"Firestore deletes {deletes:5d}")
        print(f"outbound messages {messages_sent:5d}  = {messages_sent / inbound:.2f} per turn; "
              f"mark-as-read {len(standin.state.reads)}")  # fmt: skip
        print(f"status callbacks  {inbound * 3:5d}  cost {status_cost[0]} reads, {status_cost[1]} writes")
        print(f"redeliveries answered twice: {messages_sent - inbound}")
        p95 = sorted(timings)[int(len(timings) * 0.95)]
        print(f"webhook time per delivery (emulator + stand-in on loopback): median "
              f"{statistics.median(timings) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms")  # fmt: skip
        per_day = 20000 / max(writes / inbound, 1e-9)
        print(f"free tier (20k writes/day) covers ≈ {per_day:,.0f} inbound messages a day")
    finally:
        standin.stop()
        emulator.stop()


if __name__ == "__main__":
    main()
